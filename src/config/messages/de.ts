// config.json's problems in German (formal "Sie").
import type { Translation } from '../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  problem: {
    fetch: 'config.json konnte nicht von {url} abgerufen werden (Netzwerkfehler).',
    missing: 'config.json fehlt: {url} hat mit HTTP {status} geantwortet.',
    json: 'config.json ist kein gültiges JSON ({detail}).',
    unreadable: 'config.json konnte nicht gelesen werden.',
    root: 'config.json muss ein JSON-Objekt enthalten.',
    url: 'Muss eine URL als Zeichenkette sein, z. B. "https://api.example.com".',
    invalidUrl: '"{input}" ist keine gültige URL.',
    httpUrl: '"{input}" muss mit https:// beginnen (oder http:// für die lokale Entwicklung).',
    originOnly: '"{input}" darf nur ein Origin sein (Schema, Host und Port, kein Pfad).',
    httpsOrigin: '"{input}" muss ein https-Origin sein.',
    originList: 'Muss eine Liste von Origins sein.',
    mode: 'Muss "sandbox" oder "live" sein (gefunden: {found}).',
    modeMissing: 'Muss "sandbox" oder "live" sein (nichts gefunden).',
    providers: "Muss ein Objekt aus Anbieter-ID → '{ baseUrl }' sein.",
    provider: 'Muss ein Objekt mit "baseUrl" sein.',
    embed: 'Muss ein Objekt mit "allowedOrigins" sein.',
    markdown: 'Muss ein Objekt mit "imageOrigins" sein.',
  },
};
