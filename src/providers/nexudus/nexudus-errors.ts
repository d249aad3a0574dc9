// Nexudus's ActionConfirmation envelope and status codes in words a person understands: each entry of `Errors`
// on the field its PropertyName names, 401 as an expired session, the rest above the form.
import { isApiError } from '../../api/api-error';
import {
  describeTransportFailure,
  keptFor,
  serverErrorFor,
  signInAgainFor,
  withRequestId,
} from '../common-failures';
import type { FieldError, ProviderErrorSituation, ProviderFailure } from '../types';
import { nexudusMessages } from './nexudus-messages';

const t = nexudusMessages.t;

export interface NexudusFieldMessage {
  AttemptedValue?: unknown;
  Message?: string | null;
  PropertyName?: string | null;
}

export interface ActionConfirmation {
  WasSuccessful: boolean;
  Value?: unknown;
  Status?: number;
  Message?: string | null;
  /** Documented as "any": a list of { AttemptedValue, Message, PropertyName }, or null on success. */
  Errors?: unknown;
}

/** An ActionConfirmation with `WasSuccessful: false` that arrived with a 2xx status. */
export class NexudusRefusal extends Error {
  readonly confirmation: ActionConfirmation;
  constructor(confirmation: ActionConfirmation) {
    super(confirmation.Message ?? t('errors.notAccepted'));
    this.name = 'NexudusRefusal';
    this.confirmation = confirmation;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isConfirmation = (body: unknown): body is ActionConfirmation =>
  isObject(body) && typeof body.WasSuccessful === 'boolean';

/** 'Coworker.BillingEmail' or 'BillingEmail' → '/BillingEmail' (the form's keys are the contract's names). */
const pointerOf = (propertyName: string) => '/' + (propertyName.split('.').pop() ?? propertyName);

/** The entries of `Errors`: the documented list, or (defensively) a { PropertyName: message(s) } object. */
function entriesOf(errors: unknown): Array<{ property: string | undefined; message: string }> {
  if (Array.isArray(errors)) {
    return errors.filter(isObject).map((e: NexudusFieldMessage) => ({
      property: typeof e.PropertyName === 'string' && e.PropertyName !== '' ? e.PropertyName : undefined,
      message: typeof e.Message === 'string' && e.Message !== '' ? e.Message : t('errors.notAcceptedValue'),
    }));
  }
  if (isObject(errors)) {
    return Object.entries(errors).flatMap(([property, said]) =>
      (Array.isArray(said) ? said : [said])
        .filter((m): m is string => typeof m === 'string')
        .map((message) => ({ property: property || undefined, message })),
    );
  }
  return [];
}

export function describeConfirmation(
  confirmation: ActionConfirmation,
  knownKeys: ReadonlySet<string>,
  requestId?: string,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure {
  const entries = entriesOf(confirmation.Errors);
  const fieldErrors: FieldError[] = [];
  const general: string[] = [];
  for (const entry of entries) {
    const pointer = entry.property ? pointerOf(entry.property) : undefined;
    if (pointer && knownKeys.has(pointer.slice(1)))
      fieldErrors.push({ path: pointer, message: entry.message });
    else general.push(entry.property ? `${entry.property}: ${entry.message}` : entry.message);
  }
  const said = confirmation.Message?.trim();
  const parts = [
    said || general.length > 0
      ? t('errors.notAcceptedSaid', { said: [said, ...general].filter(Boolean).join(' ') })
      : undefined,
    fieldErrors.length > 0 ? t('errors.fieldsNeedCorrecting', { count: fieldErrors.length }) : undefined,
  ].filter(Boolean);
  const message = parts.length > 0 ? parts.join(' ') : t('errors.notAccepted');
  return {
    kind: 'validation',
    message: withRequestId(`${message}${keptFor(situation)}`, requestId),
    fieldErrors,
    requestId,
  };
}

export function createNexudusErrorDescriber(knownKeys: ReadonlySet<string>) {
  return function describeNexudusError(
    error: unknown,
    situation: ProviderErrorSituation = 'save',
  ): ProviderFailure {
    if (error instanceof NexudusRefusal)
      return describeConfirmation(error.confirmation, knownKeys, undefined, situation);
    const transport = describeTransportFailure(error, 'Nexudus', situation);
    if (transport || !isApiError(error)) return transport as ProviderFailure;
    const requestId = error.requestId;
    const failure = (kind: ProviderFailure['kind'], message: string): ProviderFailure => ({
      kind,
      message: withRequestId(message, requestId),
      fieldErrors: [],
      requestId,
    });
    if (error.status === 401) {
      return failure('auth', `${t('errors.sessionEnded')} ${signInAgainFor(situation)}`);
    }
    if (error.status < 500 && isConfirmation(error.body) && error.body.WasSuccessful === false) {
      return describeConfirmation(error.body, knownKeys, requestId, situation);
    }
    if (error.status === 400) {
      return failure('validation', `${t('errors.invalid')}${keptFor(situation)}`);
    }
    if (error.status === 403) {
      return failure('read-only', t('errors.forbidden'));
    }
    if (error.status === 404) return failure('not-found', t('errors.notFound'));
    const said = isConfirmation(error.body) ? error.body.Message : undefined;
    return failure('server', serverErrorFor('Nexudus', error.status, situation, said ?? undefined));
  };
}
