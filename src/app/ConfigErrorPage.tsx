// Shown instead of the app when config.json is missing or malformed: names the bad field and how to fix it.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import AlertTitle from '@mui/material/AlertTitle';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { ConfigError } from '../config/app-config';
import { SecureStyles } from './SecureStyles';

export function ConfigErrorPage({ error }: { error: unknown }) {
  const field = error instanceof ConfigError ? error.field : '';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <SecureStyles>
      <Container maxWidth="sm" component="main" sx={{ py: 6 }}>
        <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
          The profile editor could not start
        </Typography>
        <Alert severity="error" role="alert">
          <AlertTitle>
            {field ? `config.json: the field "${field}" is not valid` : 'config.json could not be used'}
          </AlertTitle>
          {message}
        </Alert>
        <Typography sx={{ mt: 2 }}>
          The editor reads its settings from <code>/config.json</code> when it starts. Expected shape:
        </Typography>
        <Box component="pre" sx={{ background: '#f5f5f5', padding: '12px', overflowX: 'auto' }}>
          {`{
  "mode": "sandbox" | "live",
  "providers": { "<id>": { "baseUrl": "https://…" } },
  "embed": { "allowedOrigins": ["https://portal.example.com"] },
  "markdown": { "imageOrigins": [] }
}`}
        </Box>
      </Container>
    </SecureStyles>
  );
}
