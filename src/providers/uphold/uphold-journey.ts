// The KYC overview as a journey a person can follow: every process in order (after the ones it depends on), its
// status in plain words — waiting for you, waiting for another process (named), run by Uphold itself, done or not
// needed — and the next process the user can answer here.
import { catalogueIndex, isFormProcess, processInfo, processKeyOf, toSegment } from './uphold-processes';
import type { KycOverview, KycProcess } from './uphold-types';
import { resolveLocale } from '../../i18n';
import { upholdMessages } from './uphold-messages';

export type StepState =
  /** ok */
  | 'done'
  /** exempt: not required for this user */
  | 'exempt'
  /** processing / running: Uphold is checking what was sent */
  | 'checking'
  | 'failed'
  /** pending, answered here, nothing in the way */
  | 'yours'
  /** pending, but another process must be completed first */
  | 'waiting'
  /** run by Uphold itself (method automatic) */
  | 'uphold'
  /** pending, completed outside this editor (documents, details the partner submits) */
  | 'elsewhere';

export interface JourneyStep {
  key: string;
  /** The URL segment (`customer-due-diligence`). */
  segment: string;
  title: string;
  status: string;
  state: StepState;
  /** Answered through a form here. */
  form: boolean;
  /** Titles of the unfinished processes this one waits for. */
  waitsFor: string[];
  /** The status in a few words. */
  label: string;
  /** One plain sentence about where things stand. */
  sentence: string;
}

export interface Journey {
  steps: JourneyStep[];
  /** The first process the user can answer here. */
  next: JourneyStep | undefined;
  /** Uphold has everything it needs. */
  complete: boolean;
  headline: string;
  done: number;
}

const FINISHED = new Set(['ok', 'exempt']);
const CHECKING = new Set(['processing', 'running']);

/** "A", "A and B", "A, B and C" (in the locale's words; British English by default). */
export const listWords = (items: readonly string[], locale = 'en-GB') =>
  new Intl.ListFormat(locale.startsWith('en') ? 'en-GB' : resolveLocale([locale]), {
    style: 'long',
    type: 'conjunction',
  }).format(items);

const keyOf = (name: string) => processKeyOf(name) ?? name;

/** The processes in journey order: the catalogue's, with every process after those it depends on. */
export function journeyOrder(processes: Record<string, KycProcess>): string[] {
  const keys = Object.keys(processes).sort((a, b) => catalogueIndex(a) - catalogueIndex(b));
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dependency of processes[key]?.verification?.dependencies ?? []) {
      const dependencyKey = keyOf(dependency);
      if (dependencyKey in processes) visit(dependencyKey);
    }
    ordered.push(key);
  };
  keys.forEach(visit);
  return ordered;
}

function stateOf(key: string, process: KycProcess, waitsFor: string[]): StepState {
  if (process.status === 'ok') return 'done';
  if (process.status === 'exempt') return 'exempt';
  if (CHECKING.has(process.status)) return 'checking';
  if (process.status === 'failed') return 'failed';
  const completion = processInfo(key).completion.kind;
  if (process.verification?.method === 'automatic' || completion === 'uphold') return 'uphold';
  if (waitsFor.length > 0) return 'waiting';
  return isFormProcess(key) ? 'yours' : 'elsewhere';
}

function wording(key: string, state: StepState, process: KycProcess, waitsFor: string[], locale: string) {
  const t = upholdMessages.in(locale);
  const about = processInfo(key, locale).about;
  const triggers = (process.verification?.triggers ?? []).map((tr) => processInfo(keyOf(tr), locale).title);
  const titles = (items: string[]) => ({ titles: listWords(items, locale), count: items.length });
  switch (state) {
    case 'done':
      return { label: t('journey.done'), sentence: about };
    case 'exempt':
      return { label: t('journey.exempt'), sentence: t('journey.exemptSentence') };
    case 'checking':
      return { label: t('journey.checking'), sentence: t('journey.checkingSentence') };
    case 'failed':
      return { label: t('journey.failed'), sentence: t('journey.failedSentence') };
    case 'uphold':
      return {
        label: t('journey.uphold'),
        sentence:
          triggers.length > 0 ? t('journey.upholdOnce', titles(triggers)) : t('journey.upholdSentence'),
      };
    case 'waiting':
      return {
        label: t('journey.waitsFor', { titles: listWords(waitsFor, locale) }),
        sentence: t('journey.opensOnce', titles(waitsFor)),
      };
    case 'yours':
      return { label: t('journey.yours'), sentence: about };
    case 'elsewhere':
      return {
        label: process.status === 'unknown' ? t('journey.unknown') : t('journey.elsewhere'),
        sentence: about,
      };
  }
}

/** The journey in a locale's words (English by default). */
export function journeyOf(overview: KycOverview, locale = 'en-GB'): Journey {
  const { processes } = overview;
  const steps = journeyOrder(processes).map((key): JourneyStep => {
    const process = processes[key] ?? { status: 'unknown' };
    // A dependency Uphold does not list for this user is not in the way.
    const waitsFor = (process.verification?.dependencies ?? [])
      .map(keyOf)
      .filter((dependency) => {
        const status = processes[dependency]?.status;
        return status !== undefined && !FINISHED.has(status);
      })
      .map((dependency) => processInfo(dependency, locale).title);
    const state = stateOf(key, process, waitsFor);
    return {
      key,
      segment: toSegment(key),
      title: processInfo(key, locale).title,
      status: process.status,
      state,
      form: isFormProcess(key),
      waitsFor,
      ...wording(key, state, process, waitsFor, locale),
    };
  });
  const next = steps.find((step) => step.state === 'yours');
  const complete =
    overview.summary.status === 'ok' || (steps.length > 0 && steps.every((s) => FINISHED.has(s.status)));
  const t = upholdMessages.in(locale);
  const headline = complete
    ? t('journey.complete')
    : next
      ? t('journey.needsAnswers')
      : steps.some((s) => s.state === 'checking')
        ? t('journey.checkingAll')
        : t('journey.nothingWaiting');
  const done = steps.filter((s) => FINISHED.has(s.status)).length;
  return { steps, next, complete, headline, done };
}
