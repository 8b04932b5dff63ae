import type { CjkAnalysis } from './cjk-analysis';
import { JAPANESE_ANALYSIS } from './japanese';

/**
 * How a Japanese sentence (NFKC-normalised, so ？ and ！ are ? and !) states a problem or asks whether something
 * can be done: the Japanese half of `problem-statement.ts`, in the Japanese analysis so that only Japanese pages
 * download it.
 */

/** できない, できません, できなくなった, できず, in kana or as 出来. */
const INABILITY = /(?:でき|出来)(?:な|ませ|ず)/;

/** "できない場合は…", "できないときは…": asking what to do about the problem, which is still the visitor's. */
const IN_CASE = /(?:でき|出来)な(?:い|かった)(?:場合|とき|時)/;

/** A sentence that asks: か, の, でしょう or a question mark at its end (before its closing marks). */
const QUESTION_END = /(?:[かの?]|でしょう)[\s。.!…]*$/;

/**
 * "ログインできません。", "登録できないのですが", "ログインできない場合はどうすればいいですか？"; not
 * "登録できないんでしょうか" or "登録できないの？", which ask about a rule.
 */
export function japaneseStatesProblem(sentence: string): boolean {
  return IN_CASE.test(sentence) || (INABILITY.test(sentence) && !QUESTION_END.test(sentence));
}

/** "…登録できますか？", "…可能ですか", "…できるでしょうか"; not "どのように…よいですか". */
export function japaneseAsksWhetherPossible(sentence: string): boolean {
  return /(?:(?:でき|出来)(?:ます|る)|可能(?:です)?)(?:でしょう)?か/.test(sentence);
}

/**
 * 利用履歴はどこで確認できますか, URLを教えてください, いつまで, 何人まで, いくら, いくつ: a question asking where, for a
 * link, until when or how many (`fact-question.ts`); as in English, who can see or check something (誰が見られる,
 * 誰が閲覧, 誰が確認; not 誰がいつ利用したか, which the FAQ's tracking answers, nor 誰が管理) and what holds after
 * the period (期間を過ぎたら, 期間後, 期間終了; not 期間中) and what happens if something is not done
 * (登録しなかった場合はどうなる, しなかったら…できなくなる, しないとどうなる; not しないといけない, "must I", nor a
 * question on that condition, 用意しなかった場合、共有アドレスで登録できますか, nor 共有アドレスしかなかったら, "if
 * we only have a shared address", which the rules answer). Kanji cost six bytes each here, written as escapes (the
 * script is ASCII only), so these are the shortest forms that catch them. Not 何人か, 何個も, いくつも or いくつか
 * ("several"), nor 何時でも ("any time"), which ask about a rule, nor 何人でも, 何個あっても ("any number of") or
 * どこでも ("anywhere"). "Where" is read here and not in English: no Japanese article of the log-in FAQ says where,
 * and the question-and-answer pairs of LocalgovFAQ, which do, ask it in their titles; in English it cost StackFAQ's
 * thread set more answers than its target has room for (README, "How matching works"). And, as in English,
 * changing or undoing something (変更, 削除, リセット, 再発行…) as something to do: 変更できますか as often as
 * 変更するには, 変更したい, 変更方法, 変更を…; not the noun alone (ログインの変更でセキュリティは…, "the
 * change"). And a screen (画面), what to enter (入力), the steps (手順) or someone leaving or moved (退職, 異動): a
 * FAQ of rules says none of them, and an article that does has the word in its phrasings, which lets the question
 * through. Each of them was in questions the log-in FAQ does not answer, sixteen in the development sets, none in
 * an answerable one (2026-11-29).
 * Then, the same way (the twenty-seventh session): a limit (上限), the period over (期間が終わったら, 期間が過ぎたら;
 * not 期間がある, 期間が短い), something missed (登録しそびれたら), and the usage history, once named, checked or
 * seen (利用履歴は自分で確認できますか, 利用履歴は管理者も見られますか; not 利用履歴が追える, which the FAQ says, nor
 * 確認できるようになる or 見られるようになる, its becoming possible), a download (ダウンロード), and what is still
 * usable after the move (移行後も使えますか, read as 後も使; not 共有アドレスはそのまま使えますか, which the rules
 * answer): twenty-two unanswerable questions of the development sets, none answerable. And (the thirtieth
 * session) a fee (費用, 料金), the English rule's most common kind: thirteen unanswerable questions of the Japanese
 * development sets, none answerable; how long something takes (どのくらいかかりますか, どのくらい時間がかかる: two);
 * from when (いつから, as いつまで, not いつからでも, "any time": eleven unanswerable, none answerable); and a help or
 * support desk (ヘルプデスク, サポートデスク, as English reads one, not 自分のデスク). A stranger's review took out
 * 有料 and 無料 (free and paid services and addresses, which the rules answer) and IDに複数 (several people on one
 * ID too; ログインIDに複数のメール… asks 8 B the script has not got).
 */
const FACT_QUESTION = /費用|料金|くらい.{0,3}かか|どこ(?!(?:から)?でも)|画面|入力|手順|退職|異動|上限|[プト]デスク|そびれ|ダウンロード|後も使|履歴.*(?:確認|見)(?!.*よう)|誰が[見閲確]|期間(?:[を後終]|が[終過])|url[はをがの教]|いつ(?:まで|から(?!でも))|いくら|いくつ(?![もか])|何(?:人|回|日|件|個|文字)(?![かもあ]|でも)|(?:変更|削除|リセット|再発行)(?:す|し|でき|の?方法|を)|しな(?:かった(?:場合|ら)|いと).*(?:どう|なく)/i;

/** `text` NFKC-normalised, as `fact-question.ts` hands it over. */
export function japaneseAsksFact(text: string): boolean {
  return FACT_QUESTION.test(text);
}

/** The Japanese analysis with its reading of sentences: what questions are matched with (`askdown-ja.js`, Node). */
export const JAPANESE_MATCHING: CjkAnalysis = { ...JAPANESE_ANALYSIS, statesProblem: japaneseStatesProblem, asksWhetherPossible: japaneseAsksWhetherPossible, asksFact: japaneseAsksFact };
