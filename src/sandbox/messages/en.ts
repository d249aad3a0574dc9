// The sandbox panel's words in English (the fallback).
export const en = {
  panel: {
    title: 'Sandbox scenarios',
    intro: 'Try how {provider} behaves when things go wrong. Nothing here reaches a real provider.',
    noProvider: 'Open a provider to see its scenarios.',
    latency: 'Latency (ms)',
    latencyHelp: 'Every answer waits this long. Applies now.',
    force: 'Force {provider} saves to fail',
    forceHelp: 'Applies now: the next save meets it.',
    applies: {
      now: 'Applies now',
      reload: 'Applies after a reload',
    },
    failures: {
      none: 'No forced failure',
      network: 'Dropped connection',
      '400': 'Refused as invalid (400)',
      '401': 'Session ended (401)',
      '403': 'Not allowed (403)',
      '404': 'Not found (404)',
      '409': 'Conflict (409)',
      '429': 'Too many requests (429)',
      '500': 'Server error (500)',
      '503': 'Unavailable (503)',
    },
  },
  examples: {
    label: 'Sandbox profiles',
    intro: 'Or open a sandbox profile:',
  },
} as const;
