// Uphold's own words in Japanese.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  progress: {
    sections: '{total} セクション中 {done} セクション完了',
    left: '{count, plural, =0 {未回答の必須項目はありません} other {未回答の必須項目が # 件あります}}',
    joined: '{sections} · {left}',
    leftOnly: '{count, plural, other {未回答の必須項目が # 件あります}}',
    allDone: '必須項目はすべて回答済みです。',
  },
  status: {
    okButEmpty:
      'Uphold はこれまでの回答を受け取っていますが、未回答の必須項目があります。{subject, select, profile {このプロフィール} other {このステップ}}を完了するには回答してください。',
    ok: 'Uphold は{subject, select, profile {このプロフィール} other {このステップ}}に必要な情報をすべて受け取っています。',
    pending: 'Uphold はあなたの回答を待っています。',
    checking: 'Uphold が回答を確認しています。しばらくお待ちください。',
    failed:
      'Uphold は{subject, select, profile {このプロフィール} other {このステップ}}を承認できませんでした。回答を確認するか、サポートにお問い合わせください。',
    exempt: '{subject, select, profile {このプロフィール} other {このステップ}}を完了する必要はありません。',
    other: 'Uphold でのステータス: {status}。',
    modelNone: 'これらの情報の確認は不要です。',
    modelPartner: 'ご登録いただいたサービスがこれらの情報を確認します。',
    modelUphold: 'Uphold がこれらの情報を自ら確認します。',
    modelOther: '確認方法: {model}。',
    automatic: '保存すると Uphold が自動的に確認します。',
  },
  newQuestions: 'Uphold から新しい質問があります: {names}。',
  noFurtherQuestions: '現在、Uphold からの追加の質問はありません。',
  notApplied: 'Uphold はすべての変更を反映しませんでした。該当する項目の下の注記をご確認ください。',
  noFormId:
    'Uphold がフォーム ID なしで質問を送信したため、ここではまだ回答できません。後でもう一度お試しいただくか、Uphold サポートにお問い合わせください。',
  processes: {
    profile: { title: 'プロフィール', about: '氏名、国籍、生年月日と出生地です。' },
    customerDueDiligence: {
      title: '顧客デューデリジェンス',
      about: 'Uphold の利用目的と資金の出どころです。',
    },
    cryptoRiskAssessment: {
      title: '暗号資産リスク評価',
      about: '暗号資産の経験と、そのリスクについてのお考えに関するいくつかの質問です。',
    },
    selfCategorizationStatement: {
      title: '投資家区分',
      about: '英国の規制当局（FCA）の定義による、あなたの投資家区分です。',
    },
    taxDetails: { title: '税務情報', about: '納税している国と納税者番号です。' },
    email: {
      title: 'メールアドレス',
      about: 'ご登録いただいたサービスから Uphold に提供されています。変更はそちらで行ってください。',
    },
    phone: {
      title: '電話番号',
      about: 'ご登録いただいたサービスから Uphold に提供されています。変更はそちらで行ってください。',
    },
    address: {
      title: '住所',
      about: 'ご登録いただいたサービスから Uphold に提供されています。変更はそちらで行ってください。',
    },
    identity: {
      title: '本人確認書類',
      about:
        'パスポートまたは身分証明書の写真で、ご登録いただいたサービスのアプリで撮影します。ここでは行えません。',
    },
    proofOfAddress: {
      title: '住所証明',
      about:
        '最近の公共料金の請求書または銀行取引明細書で、ご登録いただいたサービスのアプリでアップロードします。ここでは行えません。',
    },
    enhancedDueDiligence: {
      title: '強化デューデリジェンス',
      about:
        '資金の出どころを示す書類で、ご登録いただいたサービスのアプリでアップロードします。ここでは行えません。',
    },
    screening: {
      title: 'スクリーニング',
      about: 'Uphold が公開リストを自ら照合します。お客様の対応は不要です。',
    },
    risk: { title: 'リスク審査', about: 'Uphold が回答を自ら審査します。お客様の対応は不要です。' },
    unknownAbout:
      'このステップの完了方法は Uphold から示されていません。ご登録いただいたサービスにお問い合わせください。',
  },
  journey: {
    done: '完了',
    exempt: '不要',
    exemptSentence: 'Uphold はこの情報を必要としていません。',
    checking: 'Uphold が確認中',
    checkingSentence: 'Uphold が送信内容を確認しています。通常はすぐに終わります。',
    failed: '承認されませんでした',
    failedSentence:
      'Uphold はこれを承認できませんでした。今後の流れについては Uphold サポートにお問い合わせください。',
    uphold: 'Uphold が対応',
    upholdOnce:
      '{titles}が完了{count, plural, other {}}すると、Uphold が自ら実施します。お客様の対応は不要です。',
    upholdSentence: 'Uphold が自ら実施します。お客様の対応は不要です。',
    waitsFor: '{titles}の完了待ち',
    opensOnce: '{titles}が完了{count, plural, other {}}すると開きます。',
    yours: '回答待ち',
    unknown: 'ステータス不明',
    elsewhere: '他の場所で対応',
    complete: 'Uphold は必要な情報をすべて受け取っています。',
    needsAnswers: 'Uphold はいくつかの回答を必要としています。',
    checkingAll: 'Uphold が回答を確認しています。',
    nothingWaiting: 'ここで回答が必要な項目はありません。',
  },
  page: {
    heading: 'Uphold の本人確認',
    loading: 'Uphold が必要とする情報を読み込んでいます…',
    loadFailed: 'Uphold の本人確認を読み込めませんでした。',
    tryAgain: '再試行',
    requestId: 'リクエスト ID: {id}',
    stepsDone: '{total} ステップ中 {done} ステップ完了。',
    continue: '続ける',
    next: '次へ: {title}',
    nextSentence: '次へ: {title}。',
    answerHere: 'ここで回答する項目',
    elsewhere: '他の場所または Uphold が対応する項目',
    open: '開く',
    review: '確認',
    actionOn: '{title}を{action}',
    goTo: '{title}へ移動',
    nothingElse: 'ここで回答が必要な項目は他にありません。',
    loadingProcess: '{title}を読み込んでいます…',
    notAsked: 'Uphold は{title}を求めていません。',
  },
  errors: {
    entry: 'このリストの {n} 番目の項目: ',
    countryNotSupported: 'Uphold はこの国に対応していません。',
    countryNotSupportedEntry: 'Uphold はこのリストの {n} 番目の国に対応していません。',
    invalidCharacters:
      'Uphold が受け付けない文字が含まれています。英字、スペース、ハイフン、アポストロフィを使用してください。',
    tinInvalid:
      'この納税者番号はその国では有効ではありません。確認するか、空欄のままにして番号がない理由を選択してください。',
    signatureMismatch: 'プロフィールに記載されているとおりに氏名を入力してください。',
    notAcceptedValue: 'Uphold がこの値を受け付けませんでした。',
    citizenshipLocked: '国籍は、ご登録いただいたパートナーが本人確認を完了した後にのみ変更できます。',
    dependencies:
      'Uphold はまず、このステップの前提となるステップを必要としています。概要に戻ってご確認ください。',
    formChanged:
      '読み込んだ後に Uphold がこれらの質問を変更しました。ページを再読み込みして、現在の質問に回答してください。',
    poBox: 'Uphold は私書箱を住所として受け付けません。お住まいの番地を入力してください。',
    notAllowed: 'Uphold はこの変更を許可していません。',
    rule: {
      required: 'この項目は必須です。',
      minLength: '{limit} 文字以上で入力してください。',
      maxLength: '{limit} 文字以内で入力してください。',
      pattern: '値の形式が正しくありません。',
      date: '正しい日付（日、月、年）を入力してください。',
      format: '値が正しくありません。',
      choose: '表示されている選択肢から選んでください。',
      uniqueItems: '同じ項目は一度しか指定できません。',
      notAsked: 'Uphold はこの情報を求めていません。',
      minItems: '{limit} 個以上選んでください。',
      maxItems: '{limit} 個以内で選んでください。',
    },
    notAcceptedStatus: 'Uphold が変更を受け付けませんでした（{status}）。',
    notAcceptedAnswers:
      'Uphold が{count, plural, other {回答のうち # 件}}を受け付けませんでした。強調表示された項目をご確認ください。',
    sessionExpired: 'Uphold のセッションの有効期限が切れました。',
    signInRefused: 'Uphold がサインインを受け付けませんでした。',
    accessRefused: 'Uphold がプロフィールへのアクセスを拒否しました。',
    accessRefusedSaid: 'Uphold がプロフィールへのアクセスを拒否しました（{said}）。',
    notFound: 'このユーザーにはそのような KYC ステップが Uphold にありません。',
    tooMany:
      'Uphold へのリクエストが多すぎます。{wait, select, seconds {{seconds, plural, other {# 秒}}後に} minutes {{minutes} 分後に} other {しばらくしてから}}もう一度お試しください。',
    otherError: 'Uphold がエラーを返しました（{status}）。',
    otherErrorSaid: 'Uphold がエラーを返しました（{status}: {said}）。',
  },
  flat: {
    sections: { personal: '個人情報', birthplace: '出生地', address: '住所' },
    fullName: '氏名',
    fullNamePattern: '氏名を 2 語以上で入力してください（例: 「John Doe」）。',
    birthdate: '生年月日',
    primaryCitizenship: '主たる国籍',
    otherCitizenships: 'その他の国籍',
    birthCountry: '出生国',
    birthTown: '出生地の市区町村',
    line1: '住所 1 行目',
    line2: '住所 2 行目',
    city: '市区町村',
    subdivision: '地域',
    postalCode: '郵便番号',
    lockedUphold: 'Uphold が確認済みのため、ここでは変更できません。',
    lockedPartner: 'ご登録いただいたサービスが確認済みです。変更はそちらに依頼してください。',
    locked: 'Uphold はこの変更を許可していません。',
  },
  scenarios: {
    secondCategory: '詳細を保存すると、Uphold が 2 つ目のセクション（住所）を求めます。',
    accountQuestions: '詳細を保存すると、Uphold がアカウントの利用方法とお仕事について質問します。',
    unknownQuestion: 'Uphold がエディターで表示できない種類の質問をします。',
    flatProfile: 'Uphold が質問の代わりに単純なプロフィールを送信します。',
    flatNameLocked: '単純なプロフィール: Uphold は変更された名前を無視し、その旨を伝えます。',
    citizenshipLocked: 'Uphold が国籍の変更を拒否します。',
    unauthorized: 'セッションが終了しています: 次のリクエストで再度サインインを求められます。',
    rateLimited: 'Uphold が混み合っています: 30 秒間、保存が拒否されます。',
    loadError: 'Uphold が概要を送信できません（サーバーエラー）。',
    processFailed: 'Uphold が暗号資産リスク評価を承認しませんでした。',
    processExempt: 'この人には投資家区分の申告は不要です。',
  },
};
