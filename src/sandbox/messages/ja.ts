// The sandbox panel's words in Japanese.
import type { Translation } from '../../i18n';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  panel: {
    title: 'サンドボックスのシナリオ',
    intro:
      '問題が起きたときの {provider} の動作を試せます。ここでの操作が実際のサービスに届くことはありません。',
    noProvider: 'シナリオを表示するには、サービスを開いてください。',
    latency: '遅延（ミリ秒）',
    latencyHelp: 'すべての応答がこの時間だけ待機します。すぐに適用されます。',
    force: '{provider} への保存を失敗させる',
    forceHelp: 'すぐに適用されます：次の保存で発生します。',
    applies: {
      now: 'すぐに適用',
      reload: '再読み込み後に適用',
    },
    failures: {
      none: '強制エラーなし',
      network: '接続の切断',
      '400': '無効として拒否（400）',
      '401': 'セッション終了（401）',
      '403': '許可なし（403）',
      '404': '見つからない（404）',
      '409': '競合（409）',
      '429': 'リクエスト過多（429）',
      '500': 'サーバーエラー（500）',
      '503': '利用不可（503）',
    },
  },
  examples: {
    label: 'サンドボックスのプロフィール',
    intro: 'またはサンドボックスのプロフィールを開いてください：',
  },
};
