// Uphold's KYC processes in one place: the camelCase key (`GET /core/kyc`) ↔ kebab-case URL segment
// (`PATCH /core/kyc/processes/<segment>`, `/uphold/<segment>`) mapping, each process's name in plain words, and how
// it is completed — for the form-based ones, the request style its contract calls for.
import { en } from './messages/en';
import { upholdMessages } from './uphold-messages';

/**
 * 'direct': `{ input: { <category>: … } }` (the profile, tax residency).
 * 'questionnaire': `{ input: { formId, answers: { <category>: … } } }` (customer due diligence, crypto risk
 * assessment, self-categorisation, the US/W-9 tax form).
 */
export type RequestStyle = 'direct' | 'questionnaire';

export type Completion =
  /** Answered here through the process's hint. `directKeys`: the contract's direct categories; a hint asking for
   * anything else is its questionnaire variant (tax details: residency is direct, the W-9 form a questionnaire). */
  | { kind: 'form'; style: RequestStyle }
  | { kind: 'form'; style: 'by-category'; directKeys: readonly string[] }
  /** Documents: uploaded outside this editor. */
  | { kind: 'files' }
  /** Submitted directly by the partner (e-mail, phone, address). */
  | { kind: 'submitted' }
  /** Run by Uphold itself. */
  | { kind: 'uphold' };

export interface ProcessInfo {
  key: string;
  title: string;
  /** What the process is about, or where it is completed, in one plain sentence. */
  about: string;
  completion: Completion;
}

const ELSEWHERE = 'the app of the service you signed up through';

/** Known processes, in the order a person goes through them (dependencies may move a process later). */
const CATALOGUE: readonly ProcessInfo[] = [
  {
    key: 'profile',
    title: 'Profile',
    about: 'Your full name, citizenship, date and place of birth.',
    completion: { kind: 'form', style: 'direct' },
  },
  {
    key: 'customerDueDiligence',
    title: 'Customer due diligence',
    about: 'How you will use Uphold and where your money comes from.',
    completion: { kind: 'form', style: 'questionnaire' },
  },
  {
    key: 'cryptoRiskAssessment',
    title: 'Crypto risk assessment',
    about: 'A few questions on your experience with crypto and how you feel about its risks.',
    completion: { kind: 'form', style: 'questionnaire' },
  },
  {
    key: 'selfCategorizationStatement',
    title: 'Investor type',
    about: 'Which kind of investor you are, as the UK regulator (FCA) defines them.',
    completion: { kind: 'form', style: 'questionnaire' },
  },
  {
    key: 'taxDetails',
    title: 'Tax details',
    about: 'Where you pay tax, and your tax identification number.',
    completion: { kind: 'form', style: 'by-category', directKeys: ['taxResidency', 'taxIdentification'] },
  },
  {
    key: 'email',
    title: 'E-mail address',
    about: 'Given to Uphold by the service you signed up through; change it there.',
    completion: { kind: 'submitted' },
  },
  {
    key: 'phone',
    title: 'Phone number',
    about: 'Given to Uphold by the service you signed up through; change it there.',
    completion: { kind: 'submitted' },
  },
  {
    key: 'address',
    title: 'Home address',
    about: 'Given to Uphold by the service you signed up through; change it there.',
    completion: { kind: 'submitted' },
  },
  {
    key: 'identity',
    title: 'Identity document',
    about: `A photo of your passport or identity card, taken in ${ELSEWHERE}; it cannot be done here.`,
    completion: { kind: 'files' },
  },
  {
    key: 'proofOfAddress',
    title: 'Proof of address',
    about: `A recent utility bill or bank statement, uploaded in ${ELSEWHERE}; it cannot be done here.`,
    completion: { kind: 'files' },
  },
  {
    key: 'enhancedDueDiligence',
    title: 'Enhanced due diligence',
    about: `Documents showing where your money comes from, uploaded in ${ELSEWHERE}; it cannot be done here.`,
    completion: { kind: 'files' },
  },
  {
    key: 'screening',
    title: 'Screening',
    about: 'Uphold checks public lists itself; nothing is needed from you.',
    completion: { kind: 'uphold' },
  },
  {
    key: 'risk',
    title: 'Risk review',
    about: 'Uphold reviews your answers itself; nothing is needed from you.',
    completion: { kind: 'uphold' },
  },
];

const KEY = /^[a-z][a-zA-Z0-9]*$/;
const SEGMENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `customerDueDiligence` → `customer-due-diligence`. */
export const toSegment = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** `customer-due-diligence` → `customerDueDiligence`. */
export const toKey = (segment: string) =>
  segment.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The camelCase key for a name in either spelling (URL segment, `code`, dependency, or key), if well-formed. */
export function processKeyOf(name: string): string | undefined {
  if (name.includes('-')) return SEGMENT.test(name) ? toKey(name) : undefined;
  return KEY.test(name) ? name : undefined;
}

const byKey = new Map(CATALOGUE.map((info) => [info.key, info]));

type CatalogueKey = keyof (typeof en)['processes'];
const hasWords = (key: string): key is Exclude<CatalogueKey, 'unknownAbout'> =>
  key !== 'unknownAbout' && Object.hasOwn(en.processes, key);

/** A process's name and what it is about in a locale's words (English's for a process we do not know). */
function inLocale(info: ProcessInfo, locale: string): ProcessInfo {
  const t = upholdMessages.in(locale);
  if (hasWords(info.key)) {
    return { ...info, title: t(`processes.${info.key}.title`), about: t(`processes.${info.key}.about`) };
  }
  return { ...info, about: t('processes.unknownAbout') };
}

/** What we know about a process; one Uphold adds later gets its key in words and no way to answer it here. */
export function processInfo(key: string, locale?: string): ProcessInfo {
  const known = byKey.get(key);
  if (known) return locale ? inLocale(known, locale) : known;
  const words = toSegment(key).replace(/-/g, ' ');
  const unknown: ProcessInfo = {
    key,
    title: words.charAt(0).toUpperCase() + words.slice(1),
    about: `Uphold has not said how this step is completed; ask the service you signed up through.`,
    completion: { kind: 'submitted' },
  };
  return locale ? inLocale(unknown, locale) : unknown;
}

export const isKnownProcess = (key: string) => byKey.has(key);

export const isFormProcess = (key: string) => processInfo(key).completion.kind === 'form';

/** The position of a process in the journey (unknown ones last). */
export const catalogueIndex = (key: string) => {
  const index = CATALOGUE.findIndex((info) => info.key === key);
  return index < 0 ? CATALOGUE.length : index;
};

/** The form-based processes, in journey order. */
export const FORM_PROCESSES = CATALOGUE.filter((info) => info.completion.kind === 'form').map((i) => i.key);

/**
 * The request style a process's contract calls for, given the top-level keys its current hint asks for — decided
 * by the contract, never by whether the hint carries a `formId` (the profile's may, and still takes direct keys).
 */
export function requestStyleOf(key: string, hintKeys: readonly string[]): RequestStyle {
  const completion = processInfo(key).completion;
  if (completion.kind !== 'form')
    throw new Error(`${processInfo(key).title} is not answered through a form.`);
  if (completion.style !== 'by-category') return completion.style;
  const direct = hintKeys.length > 0 && hintKeys.every((hintKey) => completion.directKeys.includes(hintKey));
  return direct ? 'direct' : 'questionnaire';
}
