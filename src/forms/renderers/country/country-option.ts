// The option shape every country source yields, whatever the provider's code style (alpha-2, alpha-3, numeric id).

export interface CountryOption {
  /** Exactly what the provider stores: 'GB', 'gbr', 1220 … */
  value: string | number;
  /** Localised country name shown to the user. */
  label: string;
  /** ISO 3166-1 alpha-2 code when known (for search and flags). */
  alpha2?: string;
  /** Scopes for which the provider restricts this country (e.g. 'residence', 'citizenship'). */
  restrictedFor?: string[];
}

export type CountrySource = () => Promise<CountryOption[]>;
