// The way back on every provider page: "All providers › Camunda 7 › demo", each step but the current one a link
// (the app's leave guard asks first when there are unsaved changes). Plain elements over a stylesheet
// (provider-breadcrumbs.css) rather than MUI's Breadcrumbs: no style work in the page's first render.
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';
import './provider-breadcrumbs.css';

export interface Crumb {
  label: string;
  /** The address; absent for the current page. */
  to?: string | undefined;
}

export function ProviderBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const t = useMessages(appMessages);
  const themeClass = useFieldThemeClass();
  const crumbs: Crumb[] = [{ label: t('breadcrumbs.allProviders'), to: '/' }, ...trail];
  return (
    <nav aria-label={t('breadcrumbs.label')} className={`pe-breadcrumbs pe-type-body1 ${themeClass}`}>
      <ol className="pe-breadcrumbs-list">
        {crumbs.map((crumb, index) => (
          <Fragment key={index}>
            {index > 0 && (
              <li aria-hidden="true" className="pe-breadcrumbs-separator">
                /
              </li>
            )}
            <li className="pe-breadcrumbs-item">
              {crumb.to !== undefined && index < crumbs.length - 1 ? (
                <Link to={crumb.to} className="pe-breadcrumbs-link">
                  {crumb.label}
                </Link>
              ) : (
                <span className="pe-breadcrumbs-current" aria-current="page">
                  {crumb.label}
                </span>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
