// config.json's problems in Japanese (polite です/ます).
import type { Translation } from '../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  problem: {
    fetch: '{url} から config.json を取得できませんでした（ネットワークエラー）。',
    missing: 'config.json がありません。{url} は HTTP {status} を返しました。',
    json: 'config.json は有効な JSON ではありません（{detail}）。',
    unreadable: 'config.json を読み込めませんでした。',
    root: 'config.json には JSON オブジェクトが必要です。',
    url: '"https://api.example.com" のような URL 文字列にしてください。',
    invalidUrl: '"{input}" は有効な URL ではありません。',
    httpUrl: '"{input}" は https://（ローカル開発では http://）で始めてください。',
    originOnly: '"{input}" はオリジン（スキーム、ホスト、ポート）のみにしてください。パスは含められません。',
    httpsOrigin: '"{input}" は https のオリジンにしてください。',
    originList: 'オリジンのリストにしてください。',
    mode: '"sandbox" または "live" にしてください（現在の値: {found}）。',
    modeMissing: '"sandbox" または "live" にしてください（値がありません）。',
    providers: "プロバイダー ID → '{ baseUrl }' のオブジェクトにしてください。",
    provider: '"baseUrl" を含むオブジェクトにしてください。',
    embed: '"allowedOrigins" を含むオブジェクトにしてください。',
    markdown: '"imageOrigins" を含むオブジェクトにしてください。',
  },
};
