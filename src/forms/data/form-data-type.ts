// The values of a form: an object of fields (the same shape the providers' adapters load and save).
export type FormData = Record<string, unknown>;
