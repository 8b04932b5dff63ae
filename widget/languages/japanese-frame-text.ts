import type { FrameText } from '../app/frame-text';

/**
 * The panel's frame in Japanese: see `FrameText`. The rest of the panel's Japanese is in content/ja/index.md. The
 * shortest usual wording (読み込み中…; the load error says what happened and what to do, without the English
 * "Sorry"), since each character costs the Japanese script about 2 B gzip.
 */
export const JAPANESE_FRAME_TEXT: FrameText = {
  close: '閉じる',
  questionLabel: 'ご質問',
  placeholder: 'ご質問を入力してください',
  send: '送信',
  language: '言語',
  loading: '回答を読み込み中…',
  failed: '回答を読み込めませんでした。もう一度お試しください。',
  retry: '再試行',
};
