// Camunda 7's words in Japanese.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  fields: {
    id: { label: 'ユーザー ID', readOnly: 'ユーザー ID はアカウントを識別するもので、変更できません。' },
    firstName: '名',
    lastName: '姓',
    email: 'メールアドレス',
  },
  readOnly:
    'この Camunda エンジンの ID サービスは読み取り専用（LDAP など）のため、ここではプロフィールを変更できません。',
  userIdRequired: 'アドレスに Camunda のユーザー ID が必要です: /camunda/<ユーザー ID>',
  errors: {
    refused: 'Camunda が変更を受け付けませんでした: {said}。',
    invalidRequest: '不正なリクエスト',
    sessionEnded: 'Camunda のセッションの有効期限が切れたか、認証情報が拒否されました。',
    notFoundSaid: 'ユーザーが見つかりません: {said}。',
    notFound: 'このユーザーは Camunda に存在しません。',
  },
  scenarios: {
    readOnly:
      'Camunda のユーザーディレクトリが読み取り専用（LDAP）: フォームは読み取り専用で開き、保存は拒否されます。',
    unauthorized: 'Camunda がサインインを拒否: すべてのリクエストが「セッション終了」を返します。',
    loadError: 'Camunda がプロフィールを送信できません（サーバーエラー）。',
  },
};
