// The app shell's words in Japanese (polite です/ます).
import type { Translation } from '../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  title: {
    appName: 'プロフィールエディター',
    error: 'エラー',
    notFound: '見つかりません',
    providerPage: '{provider}のプロフィール',
    providerPageIds: '{provider}のプロフィール — {ids}',
    providerOverview: '{provider} — 概要',
    providerSubpage: '{provider} — {page}',
    chooseProfile: '{provider} — プロフィールを選択',
    couldNotStart: '起動できませんでした',
    connecting: 'ポータルに接続しています',
  },
  shell: {
    sandbox: 'サンドボックス',
    sandboxScenarios: 'サンドボックスのシナリオ',
  },
  home: {
    heading: 'プロフィールを編集',
    intro: 'プロフィールがあるサービスを選んでください。',
    sandboxIntro: 'ここはサンドボックスです。すべてのサービスはシミュレーションで、アカウントは不要です。',
    providers: 'サービス',
    notConfigured: 'config.json で設定されていません。',
  },
  breadcrumbs: {
    label: 'パンくずリスト',
    allProviders: 'すべてのサービス',
  },
  provider: {
    heading: '{provider}のプロフィール',
    ownerPrefix: 'プロフィールの所有者：',
    loadingEditor: '{provider}のエディターを読み込んでいます…',
    editorFailed: '{provider}のエディターを読み込めませんでした。接続を確認してください。',
    notConfigured: '{provider}は設定されていません。config.json に {key} を追加してください。',
    tryAgain: 'もう一度試す',
    afresh:
      '同じ人のものか判断できないトークンでサインインしたため、最初からやり直しました。プロフィールを読み込み直し、以前の未保存の変更は破棄されました。',
  },
  ask: {
    question: '編集するプロフィールはどれですか？「{label}」を入力してください。',
    open: 'プロフィールを開く',
  },
  embed: {
    connecting: 'ポータルに接続しています…',
  },
  notFound: {
    heading: 'ページが見つかりません',
    message: 'このアドレスにはページがありません。',
    profilesAt: 'プロフィールは次のサービスで編集できます：',
    separator: '、',
    goBack: '。または{link}に戻ってください。',
    listOfProviders: 'サービスの一覧',
  },
  error: {
    message: 'このページの表示中に問題が発生しました：{message}',
    wayBack: '{link}に戻ることもできます。',
    listOfProviders: 'サービスの一覧',
    tryAgain: 'もう一度試す',
  },
  colorScheme: {
    label: '配色',
    current: '配色：{scheme}',
    system: 'システム',
    light: 'ライト',
    dark: 'ダーク',
    followsDark: '端末の設定に従います（現在はダーク）',
    followsLight: '端末の設定に従います（現在はライト）',
  },
  configError: {
    heading: 'プロフィールエディターを起動できませんでした',
    fieldInvalid: 'config.json：フィールド "{field}" が正しくありません',
    unusable: 'config.json を使用できませんでした',
    readsFrom: 'エディターは起動時に {file} から設定を読み込みます。想定される形式：',
    shapeLabel: 'config.json の想定される形式',
  },
  ids: {
    empty: '「{name}」が空です。',
    dotSegment: '「{value}」は有効な「{name}」ではありません。',
  },
  embedPage: {
    notFramed:
      'このページは、パートナーポータルの iframe 内でプロフィールエディターを表示するためのものです。代わりに{link}からサービスを開いてください。',
    providerList: 'サービスの一覧',
    noProvider: '「{provider}」というサービスはありません（利用できるもの：{known}）。',
    needsParams: '{provider}には init.params（または init.profileId）に {params} が必要です。',
    invalidId: '{problem} ID はそのまま送信してください（エンコードせず、パスにしないでください）。',
    notConfigured:
      '{provider}は設定されていません。config.json に providers.{id}.baseUrl を追加してください。',
    unknownPage: '{provider}には「{page}」というページはありません。',
  },
  widgets: {
    close: '閉じる',
    open: '開く',
    clear: 'クリア',
    noOptions: '候補がありません',
    loading: '読み込み中…',
  },
  signIn: {
    title: 'もう一度サインイン',
    body: 'セッションが終了しました。ポータルから新しいアクセストークンを貼り付けてください。トークンがご本人のものだとエディターが判断できる場合（同じユーザーの user:password 認証情報、またはご本人の名前が入った署名付きトークン）、変更内容はフォームに残ります。それ以外のトークンの場合は、プロフィールを読み込み直し、変更内容は破棄されます。',
    token: 'アクセストークン',
    cancel: 'キャンセル',
    continue: '続ける',
  },
};
