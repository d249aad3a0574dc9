// A small panel for QA in sandbox mode: the current provider's named scenarios (in plain words, each saying whether
// it applies now or after a reload), a forced failure for its saves, and latency, without editing the URL. Loaded
// only in sandbox mode and only when opened; the provider's sandbox module loads then.
import { useEffect, useId, useState } from 'react';
import { useLocation } from 'react-router';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useMessages } from '../i18n';
import { findProvider } from '../providers';
import type { SandboxScenario } from '../providers/types';
import { sandboxMessages } from './sandbox-messages';
import { getScenarios, setScenarios, type ActiveScenarios } from './scenarios';

const FAILURES = ['', '400', '401', '403', '404', '409', '429', '500', '503', 'network'] as const;

/** The provider a path opens ('/wise/1' → the Wise entry), if any. */
const providerOfPath = (pathname: string) => findProvider(pathname.split('/')[1] ?? '');

export function SandboxPanel({ defaultExpanded = false }: { defaultExpanded?: boolean }) {
  const t = useMessages(sandboxMessages);
  const entry = providerOfPath(useLocation().pathname);
  const [scenarios, setCatalogue] = useState<{ id: string; list: readonly SandboxScenario[] }>();
  const [active, setActive] = useState<ActiveScenarios>(getScenarios);
  const [opened, setOpened] = useState(defaultExpanded);
  const legendId = useId();
  useEffect(() => {
    if (!opened || !entry) return;
    let live = true;
    void entry.loadSandbox().then((sandbox) => {
      if (live) setCatalogue({ id: entry.id, list: sandbox.scenarios });
    });
    return () => {
      live = false;
    };
  }, [opened, entry]);
  const update = (next: ActiveScenarios) => {
    setScenarios(next);
    setActive(next);
  };
  const toggle = (key: string, on: boolean) =>
    update({ ...active, named: on ? [...active.named, key] : active.named.filter((n) => n !== key) });
  const list = entry && scenarios?.id === entry.id ? scenarios.list : [];
  return (
    <Accordion
      disableGutters
      defaultExpanded={defaultExpanded}
      elevation={0}
      sx={{ border: 1, borderColor: 'divider', mb: 3 }}
      onChange={(_event, expanded) => {
        if (expanded) setOpened(true);
      }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} autoFocus={defaultExpanded}>
        <Typography>{t('panel.title')}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={1.5}>
          <Typography variant="body2" color="text.secondary">
            {entry ? t('panel.intro', { provider: entry.label }) : t('panel.noProvider')}
          </Typography>
          {entry && (
            <fieldset aria-labelledby={legendId} style={{ border: 0, padding: 0, margin: 0 }}>
              <Typography id={legendId} component="legend" variant="subtitle2">
                {entry.label}
              </Typography>
              {list.map((scenario) => {
                const key = `${entry.id}:${scenario.name}`;
                return (
                  <FormControlLabel
                    key={key}
                    sx={{ display: 'flex', alignItems: 'flex-start', my: 0.5 }}
                    control={
                      <Checkbox
                        size="small"
                        sx={{ py: 0.25 }}
                        checked={active.named.includes(key)}
                        onChange={(e) => toggle(key, e.target.checked)}
                      />
                    }
                    label={
                      <Typography variant="body2" component="span">
                        {scenario.description}{' '}
                        <Typography variant="caption" component="span" color="text.secondary">
                          ({t(`panel.applies.${scenario.applies}`)})
                        </Typography>
                      </Typography>
                    }
                  />
                );
              })}
              <TextField
                select
                size="small"
                label={t('panel.force', { provider: entry.label })}
                helperText={t('panel.forceHelp')}
                value={String(active.failures[entry.id] ?? '')}
                onChange={(e) => {
                  const failures = { ...active.failures };
                  const value = e.target.value;
                  if (value === '') delete failures[entry.id];
                  else failures[entry.id] = value === 'network' ? 'network' : Number(value);
                  update({ ...active, failures });
                }}
                sx={{ minWidth: 260, mt: 1 }}
              >
                {FAILURES.map((f) => (
                  <MenuItem key={f} value={f}>
                    {t(`panel.failures.${f === '' ? 'none' : f}`)}
                  </MenuItem>
                ))}
              </TextField>
            </fieldset>
          )}
          <TextField
            label={t('panel.latency')}
            helperText={t('panel.latencyHelp')}
            type="number"
            size="small"
            value={active.latencyMs}
            onChange={(e) => update({ ...active, latencyMs: Math.max(0, Number(e.target.value) || 0) })}
            sx={{ maxWidth: 260 }}
          />
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
