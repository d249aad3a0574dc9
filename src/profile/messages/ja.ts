// The editor's words in Japanese (polite です/ます).
import type { Translation } from '../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  kept: '変更内容はフォームに残っています。',
  sentenceGap: '',
  upToDate: '{provider}のプロフィールは最新の状態です。',
  savedHeadline: {
    plain: '保存しました。',
    part: '{part}を保存しました。',
    when: '保存しました（{when}）。',
    partWhen: '{part}を保存しました（{when}）。',
  },
  newerNotSaved: '新しい変更はまだ保存されていません。',
  unsavedElsewhere: '{parts}に未保存の変更があります{count, plural, other {}}。',
  missingRequired: '必須項目が{count, plural, other {#件}}まだ空欄です。',
  actionLeftChanges: '未保存の変更がまだフォームに残っています。送信するには保存してください。',
  justNow: 'たった今',
  minutesAgo: '{count, plural, other {#分前}}',
  hoursAgo: '{count, plural, other {#時間前}}',
  longAgo: '1日以上前',
  unsaved: '未保存の変更があります',
  unsavedWaiting: '未保存の変更があります：接続を待っています',
  notSaved: '保存されていません。',
  retry: '再試行',
  cancel: 'キャンセル',
  discardChanges: '変更を破棄',
  discard: '破棄',
  signInAgain: 'もう一度サインイン',
  save: '保存',
  savePart: '{part}を保存',
  saving: '保存しています…',
  savingProgress: '保存中',
  conflictPending: 'まだ何も保存されていません。上で残す値を選んでから保存してください。',
  summaryTitle: '保存する前に{count, plural, other {#件の項目}}を修正する必要があります',
  summaryElsewhere: '{section}：{count, plural, other {#件の項目}}の修正が必要です',
  sectionsNav: 'このフォームのセクション',
  tabsLabel: 'プロフィールのセクション',
  tabMarks: {
    complete: '入力済み',
    unsaved: '未保存の変更あり',
    both: '入力済み、未保存の変更あり',
  },
  tabName: '{label}（{marks}）',
  loadFailed: 'プロフィールを読み込めませんでした。',
  tryAgain: 'もう一度試す',
  loading: '{provider}のプロフィールを読み込んでいます…',
  savedLate: '{provider}の応答は遅れましたが、変更内容は届いています（確認済みです）。',
  correctFields:
    '保存する前に、{count, plural, =1 {強調表示された項目} other {強調表示された#件の項目}}を修正してください。',
  onFileWarning: '{message}この値はすでに登録されているため、ほかの変更の保存を妨げることはありません。',
  nothingToSave: '保存する内容はありません。',
  checking: '{provider}のプロフィールがほかの場所で変更されていないか確認しています…',
  writing: '{provider}に保存しています…',
  offline: 'オフラインです。接続が戻ったら保存します。',
  offlineUnsaved: 'オフラインです。変更内容はこの端末に保存されています。接続が戻ったら保存してください。',
  restored: '未保存の変更を復元しました。',
  otherTabSaved:
    '{provider}のプロフィールがほかのタブまたはウィンドウで保存されました。このフォームにはその値が表示されています。未保存の変更は残っています。',
  conflictTitle: '2か所で変更されました',
  conflict: {
    save: '何も保存されていません。このフォームを開いた後、{provider}は以下の項目について別の値を受け取りました。項目ごとに残す値を選んでから保存してください。',
    otherTab:
      'これらの項目は、ほかのタブまたはウィンドウで別の値として保存されました。項目ごとに残す値を選んでから保存してください。',
    restore:
      '未保存の変更を残している間に、{provider}は以下の項目について別の値を受け取りました。項目ごとに残す値を選んでから保存してください。',
  },
  conflictYours: 'あなたの値：',
  conflictSavedAt: '{provider}に保存済みの値：',
  keepMine: '自分の値を残す',
  useSaved: '保存済みの値を使う',
  conflictsResolved: '選択した値がフォームに入りました。送信するには保存してください。',
  cancelledNothingChanged:
    '保存をキャンセルしました。{provider}では何も変更されていません（確認済みです）。変更内容はフォームに残っています。',
  cancelledButLanded: 'キャンセルした時点で、{provider}はすでに変更内容を受け取っていました。',
  timedOutNotLanded:
    '{provider}から{seconds, plural, other {#秒}}以内に応答がなく、変更内容は届いていません（確認済みです）。変更内容はフォームに残っています。もう一度お試しください。',
  droppedNotLanded:
    '{provider}に接続できませんでした。変更内容は保存されていません（確認済みです）。変更内容はフォームに残っています。接続を確認して、もう一度お試しください。',
  partlyLanded:
    '{provider}の応答が途中で止まりました。変更内容の一部だけが届いています。残りはフォーム上で未保存のままです。もう一度お試しください。',
  unknownOutcome:
    '{provider}から応答がなく、変更内容が届いたかどうか確認できませんでした。変更内容はフォームに残っています。もう一度保存しても安全です。先に{provider}の内容と照合します。',
  leaveTitle: '保存せずに移動しますか？',
  leaveBody:
    '変更内容は保存されていません。移動しても、変更内容はこの端末に24時間保存され、このプロフィールをもう一度開くと復元されます。',
  stay: 'このページにとどまる',
  leave: '移動する',
  readOnly: '読み取り専用',
  detailsForSupport: 'サポート向けの詳細',
  requestId: 'リクエストID：',
  empty: '（空欄）',
  yes: 'はい',
  no: 'いいえ',
};
