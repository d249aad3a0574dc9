// Imported first by main.tsx: takes `#token=` / `#subject=` out of the address bar as this module is evaluated,
// before any other module of the app (React included) runs, on every route.
import { takeFragmentCredentials } from './credentials';

export const fragmentCredentials = takeFragmentCredentials();
