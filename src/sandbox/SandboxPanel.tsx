// A small panel for QA in sandbox mode: switch named scenarios, forced failures and latency without editing
// the URL. Loaded only in sandbox mode; the providers' scenario lists (their sandbox modules) load when it opens.
import { useEffect, useState } from 'react';
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
import type { SandboxScenario } from '../providers/types';
import { loadSandboxes } from './handlers';
import { getScenarios, setScenarios, type ActiveScenarios } from './scenarios';

const FAILURES = ['', '400', '401', '403', '404', '409', '429', '500', '503', 'network'];

export function SandboxPanel({ defaultExpanded = false }: { defaultExpanded?: boolean }) {
  const [catalogue, setCatalogue] = useState<Array<[string, SandboxScenario[]]>>([]);
  const [active, setActive] = useState<ActiveScenarios>(getScenarios);
  const [opened, setOpened] = useState(defaultExpanded);
  useEffect(() => {
    if (!opened) return;
    let live = true;
    void loadSandboxes().then((map) => {
      if (live) setCatalogue([...map].map(([id, s]) => [id, s.scenarios]));
    });
    return () => {
      live = false;
    };
  }, [opened]);
  const update = (next: ActiveScenarios) => {
    setScenarios(next);
    setActive(next);
  };
  const toggle = (key: string, on: boolean) =>
    update({ ...active, named: on ? [...active.named, key] : active.named.filter((n) => n !== key) });
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
        <Typography>Sandbox scenarios</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={2}>
          <TextField
            label="Latency (ms)"
            type="number"
            size="small"
            value={active.latencyMs}
            onChange={(e) => update({ ...active, latencyMs: Math.max(0, Number(e.target.value) || 0) })}
            sx={{ maxWidth: 200 }}
          />
          {catalogue.map(([provider, scenarios]) => (
            <fieldset key={provider} style={{ border: 0, padding: 0, margin: 0 }}>
              <Typography component="legend" variant="subtitle2">
                {provider}
              </Typography>
              <TextField
                select
                size="small"
                label={`Force ${provider} saves to fail`}
                value={String(active.failures[provider] ?? '')}
                onChange={(e) => {
                  const failures = { ...active.failures };
                  const value = e.target.value;
                  if (value === '') delete failures[provider];
                  else failures[provider] = value === 'network' ? 'network' : Number(value);
                  update({ ...active, failures });
                }}
                sx={{ minWidth: 260, my: 1 }}
              >
                {FAILURES.map((f) => (
                  <MenuItem key={f} value={f}>
                    {f === '' ? 'No forced failure' : f === 'network' ? 'Dropped connection' : `HTTP ${f}`}
                  </MenuItem>
                ))}
              </TextField>
              {scenarios.map((s) => {
                const key = `${provider}:${s.name}`;
                return (
                  <FormControlLabel
                    key={key}
                    sx={{ display: 'flex' }}
                    control={
                      <Checkbox
                        checked={active.named.includes(key)}
                        onChange={(e) => toggle(key, e.target.checked)}
                      />
                    }
                    label={`${s.name}: ${s.description}`}
                  />
                );
              })}
            </fieldset>
          ))}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
