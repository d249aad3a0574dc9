// Wise's words in Japanese.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  sections: {
    name: '氏名',
    kana: 'カタカナの氏名',
    kanaDescription: '日本円（JPY）からの送金に必要です。',
    address: '住所',
    personal: '国籍と生年月日',
    contact: '連絡先',
    occupations: '職業',
    reference: 'お客様の参照番号',
  },
  fields: {
    firstName: '名',
    firstNameHelp: 'ミドルネームを含みます。',
    lastName: '姓',
    preferredName: '通称',
    preferredNameHelp: '正式な名と異なる場合。',
    firstNameInKana: '名（カタカナ）',
    lastNameInKana: '姓（カタカナ）',
    addressFirstLine: '住所（1行目）',
    city: '市区町村',
    country: '国',
    postCode: '郵便番号',
    stateCode: '州・県・準州',
    nationality: '国籍',
    dateOfBirth: '生年月日',
    email: 'メールアドレス',
    phoneNumber: '電話番号',
    occupations: '職業',
    occupationsHelp:
      'カナダ、インド、日本、インドネシア、イスラエル、メキシコ、ニューメキシコ州（米国）の居住者は必須です。{notOnFile}',
    occupation: '職業',
    externalCustomerId: '外部顧客 ID',
    externalCustomerIdHelp: 'この顧客に対するお客様独自の参照番号です。{notOnFile}',
  },
  katakana: {
    message: 'カタカナのみで入力してください（例：ヤマダ）。日本円（JPY）からの送金に必要です。',
    help: 'カタカナのみ（例：ヤマダ）。日本円（JPY）からの送金に必要です。{notOnFile}',
  },
  notOnFile: 'Wise の登録内容は表示されません。空欄のままにすると現在の内容が保持されます。',
  locked:
    'Wise で確認済みです。変更するには、新しい内容がわかる書類を添えて Wise サポートにお問い合わせください。',
  verifiedNotice:
    'お客様のプロフィールは Wise で確認済みです。{fields}は Wise サポートを通じてのみ変更できます。',
  lastConfirmed: 'Wise での最終確認日：{when}。',
  lastConfirmedLongAgo: 'Wise での最終確認日：{when}（1年以上前）。内容をご確認のうえ、確定してください。',
  profileIdRequired: 'アドレスに Wise のプロフィール ID（数字）が必要です：/wise/<プロフィール ID>。',
  occupationNeeded: '{region}の居住者には、Wise は職業を1つ以上必要とします。追加してください。',
  confirm: {
    label: '登録内容に変更はありません',
    description: '登録内容に変更がないことを Wise に伝えます（Wise は少なくとも年に1回この確認を求めます）。',
    success: 'ありがとうございます。登録内容が最新であることを Wise に伝えました。',
  },
  errors: {
    sessionEnded: 'Wise のセッションが終了しました（{reason}）。',
    tokenRefused: 'トークンが拒否されました',
    notAcceptedValue: 'Wise はこの値を受け付けませんでした。',
    notAcceptedChange: 'Wise は変更を受け付けませんでした：{said}',
    notAcceptedFields:
      'Wise は{count, plural, other {#件の項目}}を受け付けませんでした。下のメッセージをご確認ください。',
    noProfile: 'この ID の個人プロフィールは Wise にありません。',
    couldNotSend: 'Wise はプロフィールを送信できませんでした（{status}）：{said}',
  },
};
