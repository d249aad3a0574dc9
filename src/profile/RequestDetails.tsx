// A "Details for support" disclosure under a failure: the provider's request id, for the user to pass on.
import Box from '@mui/material/Box';
import { editorText } from './editor-text';

export function RequestDetails({ message, requestId }: { message: string; requestId: string | undefined }) {
  // Some providers already put the id in the message; say it once.
  if (!requestId || message.includes(requestId)) return null;
  return (
    <Box component="details" sx={{ mt: 1 }}>
      <Box component="summary" sx={{ cursor: 'pointer' }}>
        {editorText.detailsForSupport}
      </Box>
      {editorText.requestId} <code>{requestId}</code>
    </Box>
  );
}
