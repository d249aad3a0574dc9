// Words every provider uses alike, in Japanese.
import type { Translation } from '../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  failure: {
    kept: '変更内容はフォームに残っています。',
    tryAgain: 'しばらくしてからもう一度お試しください。',
    signInAgain: {
      load: 'プロフィールを表示するには、もう一度サインインしてください。',
      save: 'もう一度サインインしてください。変更内容はフォームに残っています。',
      action: 'もう一度サインインしてから、再度お試しください。',
    },
    unexpected: '{provider}との通信中に問題が発生しました: {detail}。',
    unreachable: '{provider}に接続できませんでした: {detail} 接続を確認して、もう一度お試しください。',
    unreadable: '{provider}から読み取れない応答が返されました: {detail}',
    server: {
      load: 'サーバーエラーのため、{provider}からプロフィールを取得できませんでした（{status}）。',
      save: 'サーバーエラーのため、{provider}に変更を保存できませんでした（{status}）。',
      action: 'サーバーエラーのため、{provider}で処理を完了できませんでした（{status}）。',
    },
    serverSaid: '{provider}からのメッセージ:「{said}」。',
    requestId: '{message}（リクエスト ID: {id}）',
  },
  owner: {
    nameAndContact: '{name} · {contact}',
  },
  registry: {
    camunda: 'Camunda Platform 7 の ID サービス：エンジンユーザーの名、姓、メールアドレスです。',
    wise: 'Wise の個人プロフィール：氏名、住所、国籍、生年月日、連絡先、職業です。',
    navixy: 'Navixy の個人情報：法人格、担当者、電話番号、郵送先住所と登記住所、税務情報です。',
    nexudus:
      'Nexudus のコワーキング顧客プロフィール：個人情報と請求先情報、職業プロフィール、SNS、通知、パスワードです。',
    uphold:
      'Uphold の KYC：Uphold が求めるすべての手続き（プロフィール、デューデリジェンス、暗号資産リスク評価、投資家区分、税務情報）を一か所で、セクションごとに回答できます。',
  },
  params: {
    userId: 'ユーザー ID',
    profileId: 'プロフィール ID',
  },
};
