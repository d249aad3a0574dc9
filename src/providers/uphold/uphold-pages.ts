// Uphold's pages: `/uphold` is the KYC overview, `/uphold/<process>` one process (kebab-case, as in its PATCH URL).
import type { ProviderPages } from '../types';
import { KycOverviewPage } from './KycOverviewPage';
import { ProcessFrame } from './ProcessFrame';
import { isKnownProcess, processKeyOf, toSegment } from './uphold-processes';

export const upholdPages: ProviderPages = {
  param: 'process',
  // Either spelling names a process (`taxDetails`, `tax-details`); the URL uses the kebab-case one.
  resolve(segment) {
    const key = processKeyOf(segment);
    return key && isKnownProcess(key) ? toSegment(key) : undefined;
  },
  Landing: KycOverviewPage,
  Frame: ProcessFrame,
};
