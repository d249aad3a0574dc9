// The editor's own validation of a draft, for provider tests that check what blocks a save (providers may not
// import the editor; tests reach it through src/testing).
export { validateDraft } from '../profile/editor-validation';
