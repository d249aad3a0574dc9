// /uphold/:process around the editor: the way back to the overview, the process's name, and — from the cheap
// overview — whether it can be answered now: a process waiting for another names it instead of showing a form,
// one completed elsewhere says where, and once this one is done the next one is a click away.
import Alert from '@mui/material/Alert';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useLocale, useMessages } from '../../i18n';
import type { ProviderPageProps } from '../types';
import { StepStatus } from './KycOverviewPage';
import { PageLink } from './PageLink';
import { journeyOf, type Journey, type JourneyStep } from './uphold-journey';
import { processInfo, processKeyOf } from './uphold-processes';
import { LoadingLine } from './LoadingLine';
import { upholdMessages } from './uphold-messages';
import { useKycOverview } from './use-kyc-overview';

type Links = Pick<ProviderPageProps, 'open' | 'href'>;

/** Shown instead of the form when the process cannot be answered here now. */
function Gate({ step, journey, links }: { step: JourneyStep; journey: Journey; links: Links }) {
  const t = useMessages(upholdMessages);
  if (step.state === 'waiting') {
    const blockers = journey.steps.filter((s) => step.waitsFor.includes(s.title));
    return (
      <Alert severity="info" role="note">
        <Typography sx={{ fontWeight: 600 }}>{step.sentence}</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
          {blockers
            .filter((blocker) => blocker.form)
            .map((blocker) => (
              <PageLink key={blocker.key} {...links} page={blocker.segment} variant="outlined" size="small">
                {t('page.goTo', { title: blocker.title })}
              </PageLink>
            ))}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert severity="info" role="note">
      {step.sentence}
    </Alert>
  );
}

/** After the process is done: the next one, or the good news. No live region: the editor has its own. */
function WhatNext({ step, journey, links }: { step: JourneyStep; journey: Journey; links: Links }) {
  const t = useMessages(upholdMessages);
  if (step.state !== 'done' && step.state !== 'checking') return null;
  const next = journey.next;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography>
          {journey.complete
            ? t('journey.complete')
            : next
              ? t('page.nextSentence', { title: next.title })
              : t('page.nothingElse')}
        </Typography>
        {next && next.key !== step.key && (
          <PageLink {...links} page={next.segment} variant="contained">
            {t('page.continue')}
          </PageLink>
        )}
      </Stack>
    </Paper>
  );
}

export function ProcessFrame(props: ProviderPageProps & { page: string; children: ReactNode }) {
  const { ctx, open, href, queryKey, page, children } = props;
  const key = processKeyOf(page) ?? page;
  const t = useMessages(upholdMessages);
  const locale = useLocale();
  const info = processInfo(key, locale);
  // A name inside an English sentence is lower-cased; German and Japanese keep theirs as written.
  const name = locale.startsWith('en') ? info.title.toLowerCase() : info.title;
  const overview = useKycOverview(ctx, queryKey);
  const links = { open, href };
  const journey = overview.data ? journeyOf(overview.data, locale) : undefined;
  const step = journey?.steps.find((s) => s.key === key);

  let body: ReactNode;
  if (overview.isPending) {
    body = <LoadingLine text={t('page.loadingProcess', { title: name })} />;
  } else if (!journey || !step) {
    // Without the overview (it failed) the form itself tells the truth; a process Uphold does not list is not asked.
    body = journey ? (
      <Alert severity="info" role="note">
        {t('page.notAsked', { title: name })}
      </Alert>
    ) : (
      children
    );
  } else if (!step.form || step.state === 'waiting' || step.state === 'exempt') {
    body = <Gate step={step} journey={journey} links={links} />;
  } else {
    body = (
      <Stack spacing={2}>
        {children}
        <WhatNext step={step} journey={journey} links={links} />
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      <Box>
        <PageLink {...links} startIcon={<ArrowBackIcon aria-hidden />} size="small">
          {t('page.allSteps')}
        </PageLink>
      </Box>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" sx={{ fontSize: '1.75rem' }}>
          {info.title}
        </Typography>
        {step && <StepStatus step={step} />}
      </Stack>
      {body}
    </Stack>
  );
}
