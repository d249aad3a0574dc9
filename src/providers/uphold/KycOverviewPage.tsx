// /uphold: the user's KYC overview — every process Uphold lists with its status in plain words, and one primary
// action, Continue, to the next process the user can answer here.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useLocale, useMessages } from '../../i18n';
import type { ProviderPageProps } from '../types';
import { PageLink } from './PageLink';
import { describeUpholdError } from './uphold-errors';
import { journeyOf, type JourneyStep, type StepState } from './uphold-journey';
import { LoadingLine } from './LoadingLine';
import { upholdMessages } from './uphold-messages';
import { useKycOverview } from './use-kyc-overview';

const CHIP_COLOUR: Record<StepState, ChipProps['color']> = {
  done: 'success',
  exempt: 'default',
  checking: 'info',
  failed: 'error',
  yours: 'warning',
  waiting: 'default',
  uphold: 'default',
  elsewhere: 'default',
};

export function StepStatus({ step }: { step: JourneyStep }) {
  return <Chip size="small" variant="outlined" color={CHIP_COLOUR[step.state]} label={step.label} />;
}

function StepRow({ step, links }: { step: JourneyStep; links: Pick<ProviderPageProps, 'open' | 'href'> }) {
  const t = useMessages(upholdMessages);
  const action =
    !step.form || step.state === 'waiting' || step.state === 'exempt'
      ? undefined
      : step.state === 'yours'
        ? t('page.open')
        : t('page.review');
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }} aria-label={step.title}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
        <Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography component="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
              {step.title}
            </Typography>
            <StepStatus step={step} />
          </Stack>
          <Typography color="text.secondary" sx={{ mt: 0.5 }}>
            {step.sentence}
          </Typography>
        </Box>
        {action && (
          <Box sx={{ flexShrink: 0, alignSelf: { sm: 'center' } }}>
            <PageLink
              {...links}
              page={step.segment}
              variant="outlined"
              aria-label={t('page.actionOn', { action, title: step.title })}
            >
              {action}
            </PageLink>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

function StepList(props: {
  title: string;
  steps: JourneyStep[];
  links: Pick<ProviderPageProps, 'open' | 'href'>;
}) {
  const headingId = useId();
  if (props.steps.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" sx={{ fontSize: '1.25rem', mb: 1.5 }}>
        {props.title}
      </Typography>
      <Stack component="ul" spacing={1.5} aria-labelledby={headingId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {props.steps.map((step) => (
          <StepRow key={step.key} step={step} links={props.links} />
        ))}
      </Stack>
    </Box>
  );
}

export function KycOverviewPage({ ctx, open, href, queryKey }: ProviderPageProps) {
  const overview = useKycOverview(ctx, queryKey);
  const nextId = useId();
  const t = useMessages(upholdMessages);
  const locale = useLocale();
  const heading = (
    <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
      {t('page.heading')}
    </Typography>
  );
  if (overview.isPending) {
    return (
      <>
        {heading}
        <LoadingLine text={t('page.loading')} />
      </>
    );
  }
  if (overview.isError) {
    const failure = describeUpholdError(overview.error);
    return (
      <>
        {heading}
        <Alert
          severity="error"
          role="alert"
          action={
            <Button
              color="inherit"
              size="small"
              disabled={overview.isFetching}
              onClick={() => void overview.refetch()}
            >
              {t('page.tryAgain')}
            </Button>
          }
        >
          <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
            {t('page.loadFailed')}
          </Box>
          {failure.message}
          {failure.requestId && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('page.requestId', { id: failure.requestId })}
            </Typography>
          )}
        </Alert>
      </>
    );
  }
  const journey = journeyOf(overview.data, locale);
  const links = { open, href };
  return (
    <>
      {heading}
      <Stack spacing={3}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={1.5}>
            <Box role="status" aria-live="polite">
              <Typography sx={{ fontWeight: 600 }}>{journey.headline}</Typography>
              <Typography color="text.secondary">
                {t('page.stepsDone', { done: journey.done, total: journey.steps.length })}
              </Typography>
            </Box>
            {journey.next && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <PageLink
                  {...links}
                  page={journey.next.segment}
                  variant="contained"
                  aria-describedby={nextId}
                >
                  {t('page.continue')}
                </PageLink>
                <Typography id={nextId}>{t('page.next', { title: journey.next.title })}</Typography>
              </Stack>
            )}
          </Stack>
        </Paper>
        <StepList title={t('page.answerHere')} steps={journey.steps.filter((s) => s.form)} links={links} />
        <StepList title={t('page.elsewhere')} steps={journey.steps.filter((s) => !s.form)} links={links} />
      </Stack>
    </>
  );
}
