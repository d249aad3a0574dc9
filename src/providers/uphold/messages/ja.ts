// Uphold's progress words in Japanese.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  progress: {
    sections: '{total} セクション中 {done} 完了',
    left: '{count, plural, =0 {未回答の必須項目なし} other {未回答の必須項目 # 件}}',
    joined: '{sections} · {left}',
    leftOnly: '{count, plural, other {未回答の必須項目 # 件}}',
    allDone: '必須項目はすべて回答済みです。',
  },
  status: {
    okButEmpty:
      'Uphold はこれまでの回答を受け取りました。未回答の必須項目があります。{subject}を完了するには回答してください。',
  },
  newQuestions: 'Uphold から新しい質問があります：{names}。',
};
