export const NONCE_PLACEHOLDER: string;
export function originOf(value: unknown): string | undefined;
export function parseOriginList(list: string | undefined): string[];
export interface PolicyInputs {
  frameAncestors: string[];
  connect: string[];
  images: string[];
  mode: 'sandbox' | 'live' | undefined;
}
export function policyInputsOf(configText: string | undefined): PolicyInputs;
export function contentSecurityPolicy(options: {
  frameAncestors?: readonly string[];
  connect?: readonly string[];
  images?: readonly string[];
  nonce?: string | undefined;
  dev?: boolean;
}): string;
export function securityHeaders(options: {
  configText: string | undefined;
  extraFrameAncestors?: readonly string[];
  nonce?: string | undefined;
  dev?: boolean;
}): SecurityHeaders;
export type SecurityHeaders = Record<
  | 'Content-Security-Policy'
  | 'X-Content-Type-Options'
  | 'Referrer-Policy'
  | 'Cross-Origin-Opener-Policy'
  | 'Permissions-Policy'
  | 'Strict-Transport-Security',
  string
>;
export function headersFile(configText: string | undefined): string;
export function withExtraAllowedOrigins(
  configText: string | undefined,
  extra: readonly string[],
): string | undefined;
export function withNonce(html: string, nonce: string): string;
