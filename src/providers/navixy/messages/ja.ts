// Navixy's words in Japanese.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  legalTypes: {
    individual: '個人',
    sole_trader: '個人事業主',
    legal_entity: '法人',
  },
  sections: {
    contact: '担当者',
    business: '事業者情報',
    businessDescription:
      '法人格を選択してください。法人および個人事業主の方は、ここで事業の詳細も入力します。',
    post: '郵送先住所',
    registered: '登記住所',
  },
  fields: {
    legalType: '法的区分',
    legalTypeHelp: 'Navixy がアカウントに保持する情報の種類を決めます。',
    firstName: '名',
    middleName: 'ミドルネーム',
    lastName: '姓',
    phone: '電話番号',
    phonePattern: '国番号から始めて 15 桁以内で入力してください（例: 49 176 1234567）。',
    phoneHelp: '任意です。国番号付きの数字で入力してください（例: 49 176 1234567）。',
    legalName: '法人名',
    legalNameHelp: '法人の場合は必須です。',
    tin: '納税者番号（TIN）',
    tinHelp: '必須です。VAT 番号、EIN、INN またはそれに相当する番号です。',
    iec: '産業企業分類コード（KPP）',
    iecHelp: 'ロシアで使用されます。それ以外の国では空欄のままにしてください。',
    okpoCode: 'OKPO コード',
    okpoCodePattern: 'OKPO コードは 8 文字または 10 文字です。',
    stateRegNum: '国の登録番号',
    stateRegNumHelp: '例: 米国の EIN、ロシアの OGRN。{notOnFile}',
  },
  address: {
    post: '郵送先',
    registered: '登記',
    country: '国（{which}）',
    index: '郵便番号（{which}）',
    region: '地域・州（{which}）',
    city: '市区町村（{which}）',
    streetAddress: '番地（{which}）',
  },
  notOnFile:
    '未登録表示: Navixy は保持している値を表示しません。そのままにするには空欄のままにし、置き換えるには値を入力してください。',
  noPlugin:
    'お使いの Navixy アカウントには個人情報機能（プラグイン 45）が含まれていないため、ここではこれらの情報を変更できません。Navixy のサービスプロバイダーに有効化を依頼してください。',
  unknownPlugins:
    'Navixy から、このアカウントで個人情報を変更できるかどうかの回答がありませんでした。変更できない場合は、保存時にお知らせします。',
  codes: {
    database: 'Navixy でデータベースエラーが発生しました。',
    serviceAuth: 'Navixy がこのサービスを認可できませんでした（サービス認証エラー）。',
    sessionKey: 'Navixy がセッションキーを受け付けませんでした。',
    sessionEnded: 'Navixy のセッションが終了しました。',
    wrongFormat: 'Navixy がリクエストを読み取れませんでした（リクエスト形式の誤り）。',
    unexpected: 'Navixy で予期しないエラーが発生しました。',
    refused: 'Navixy が一部の値を受け付けませんでした。',
    tryLater: 'Navixy は現在混み合っているか、利用できません。',
    tooLarge: 'リクエストが Navixy には大きすぎます。長い項目を短くしてください。',
    accessDenied: 'Navixy がアクセスを拒否しました: このアカウントではここでこれらの情報を変更できません。',
    noDealer: 'Navixy がサービスプロバイダー（ディーラー）のアカウントを見つけられませんでした。',
    notPermitted: 'Navixy はこのアカウントによる個人情報の変更を許可していません。',
    tooMany: 'Navixy へのリクエストが多すぎます。1 分ほど待ってから、もう一度お試しください。',
    demo: 'これは Navixy のデモアカウントのため、情報を変更できません。',
  },
  errors: {
    seeHighlighted: '強調表示された項目をご確認ください。',
    otherCode: {
      load: 'Navixy が情報を送信できませんでした（エラー {code}{said}）。',
      save: 'Navixy が情報を保存できませんでした（エラー {code}{said}）。',
    },
  },
  scenarios: {
    noPlugin: 'アカウントに個人情報機能がありません: フォームは読み取り専用で開きます。',
    sessionExpired: 'セッションが終了しています: 次のリクエストで再度サインインを求められます。',
    invalidTin: '保存時に Navixy が納税者番号（TIN）を受け付けません。',
  },
};
