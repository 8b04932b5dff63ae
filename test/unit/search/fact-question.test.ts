import { describe, expect, it } from 'vitest';
import { actionAsked, asksFactNotAsked, asksReasonNotGiven } from '../../../widget/search/fact-question';

const RULE = ['Can I register the same email address for several login IDs?', 'Is it possible to use one address for many IDs?'];

describe('asksFactNotAsked: a question asking what the rules never give (a number, a date, a fee, …) that the article never asks', () => {
  it.each([
    'How many email addresses can I register per login ID?',
    'max how many login IDs can be registered to one email',
    'how much does the registration cost',
    'How long is the pre-registration period?',
    'we have many accounts, HOW MANY times must I pre-register',
    'When does the pre-registration period end?',
    'when will pre-registration start',
    'when is the period over',
    'pre-registration deadline?',
    // Found by a stranger's try (a web team's), answered with confidence before.
    'until when can I pre-register?',
    // After the period the FAQ speaks of, and the site's language: neither said by any article.
    'Can I still register after the pre-registration period is over?',
    'is the pre-registration site available in Japanese or Chinese?',
    // What follows if something is not done: never said by the log-in FAQ's rules.
    "What happens if I don't pre-register in time?",
    'what will happen if we miss the pre-registration period',
    // What it costs (asked in each of the fifteen English development sets).
    'is there any fee for the new login system or pre-registration',
    'Do we have to pay for the pre-registration?',
    'Will we be charged for using NK-SHIPS after the change?',
    'is the new log-in free of charge',
    // Things the log-in FAQ never speaks of, asked in its own words (development sets; not their words here).
    'Can our office manager register everyone on their behalf?',
    'may I do the pre-registration on behalf of the crew',
    'what are the opening hours of the help desk',
    'is there a helpdesk I can call about the new login',
    'does the support desk answer on weekends during the pre-registration period',
    'Is the service desk open 24 hours?',
    'will NK-SHIPS be down for maintenance when the new log-in starts?',
    'can I do the pre-registration from the mobile app?',
    'which other NK services change to e-mail log-in as well?',
    'Is there a mobile application for the new log-in?',
    'Is my NK-SHIPS password still working after I register?',
    'Our superintendent is leaving the company. What about his login?',
    'can I register on behalf of the whole crew',
    'can two of us be logged in at the same time with the shared log-in',
    'can our whole team log in with it at the same time?',
    'which time zone counts for the end of the period',
    'will NK-PASS be merged with NK-SHIPS?',
    'does my old password still work after the switch',
    'will our login IDs still work next year',
    'my colleague left the company, can I take over his login ID?',
    // Several e-mail addresses for one login ID: the reverse of the rule, which the FAQ never states (twenty-eighth
    // session's development sets, four of them), in the FAQ's spellings too (log-in, mail address; a review's).
    'Can I register two email addresses to one login ID?',
    'can one login ID have 2 e-mail addresses registered',
    'Is it possible to set several different e-mails for my user ID?',
    'multiple email addresses on a single login ID ok?',
    'can one log-in ID have two e-mail addresses',
    'two mail addresses for 1 ID ok?',
    'may one user ID have more than one e-mail address?',
    // Single sign-on, and what else is asked for besides the e-mail (the thirtieth session's development sets).
    'will one log-in give me access to both services (single sign-on)?',
    'does the new login connect with our single sign on',
    'what info besides the email do i need to enter on the pre-reg site?',
    'what do i need besides email address to pre-register',
    // An account locked after wrong passwords (the thirty-first session's development sets; not their words here).
    'will our shared log-in be locked after three wrong passwords?',
    'what if I get locked out of my account',
    'does the account lock after several failed log-ins',
  ])('"%s" does', (question) => expect(asksFactNotAsked(question, RULE)).toBe(true));

  it.each([
    'Can I register the same email address for several login IDs?',
    'How does using a personal email address enhance security?',
    'how can I register many IDs',
    'is it okay to use one address for many login IDs',
    // Answered by "at any time": not asked as a number or a date.
    'how often can I register',
    'When can I register my email address?',
    'when is the weekend',
    'Do I have to register during Japanese working hours?',
    // "Over the weekend" is a time of the visitor's, not the end of anything.
    'when I am on board over the weekend, can I register?',
    'If I apply for NK services during the pre-registration period, do I register twice?',
    // What follows from something done, which the rules say (found by a review).
    'What happens if I apply for NK-SHIPS during the pre-registration period?',
    'What happens if several of us share one login account?',
    'what happens if I download the app',
    // About the rules, in the words above (a stranger's review): someone in charge, paying attention, upkeep.
    'Who is in charge of the password of a shared log-in?',
    'Who is charged with managing the password of our shared log-in?',
    'Is there anything to pay attention to if several people use the same log-in account?',
    'Who is responsible for the maintenance of the password?',
    // On behalf of the company or a team: how visitors speak of the shared address the FAQ allows.
    'I manage many accounts on behalf of our fleet. Same address for all?',
    'Can I register a shared email address on behalf of my team?',
    // The rule itself, asked every way round: one address for several IDs, or a different one for each.
    'Can I use one email address for two login IDs?',
    'same e-mail for 2 login IDs possible?',
    'do I need a different email for each login ID?',
    // "At the same time" of something else than being logged in: the rules answer it.
    'Can one address be linked to an NK-SHIPS ID and an NK-PASS ID at the same time?',
    'we use the services of NK-SHIPS, which email do we register',
    // A time zone of the visitor's, and the registration working at night: the hours answer them.
    'I am in a different time zone, can I register at 3am?',
    'will the registration still work late at night?',
    'can you let the company use one shared address?',
    // The same words of what the rules answer (a stranger's review): several IDs, applying, the visitor's own time
    // zone, a desk of the visitor's.
    'Can I use one email for two login IDs at the same time?',
    'If I apply for other NK services during the pre-registration period, do I also need to pre-register my email?',
    'Does it matter what time zone I am in when I register?',
    'Do I have to register at my desk during office hours?',
    'Is one e-mail allowed for more than one login ID?',
    'I have more than one ID, how do I pre-register?',
    // What the tracking article answers, and a sign-in e-mail (a stranger's review of the first forms).
    'What data can be tracked with a personal email address?',
    'what email info should I prepare for pre-registration?',
    'Can I use a single sign-in email for both my NK-SHIPS and NK-PASS IDs?',
    // A block of addresses is no lock, nor are these turns of phrase (a review's).
    'Can we register a block of addresses for our crew?',
    'Are we locked into using company email addresses?',
    'Does a personal email lock down security better?',
  ])('"%s" does not', (question) => expect(asksFactNotAsked(question, RULE)).toBe(false));

  it('reads two e-mail addresses for one login ID unless the article itself asks so', () => {
    const question = 'Can I register two email addresses to one login ID?';
    expect(asksFactNotAsked(question, RULE)).toBe(true);
    expect(asksFactNotAsked(question, [...RULE, 'Can one login ID have two email addresses?'])).toBe(false);
  });

  it.each([
    '利用履歴はどこで確認できますか',
    'メールアドレス事前登録サイトのURLを教えてください',
    '事前登録サイトのＵＲＬは？',
    '事前登録はいつまでですか',
    '共有アドレスは何人まで使えますか',
    'パスワードは何文字以上必要ですか',
    '登録に費用はいくらかかりますか',
    '登録したメアドを変更したい',
    'パスワードリセットの方法',
    '登録したメールアドレスを後から変更できますか',
    'アカウント削除したい',
    // Who can see something, and what holds after the period: English reads them too.
    '利用履歴は誰が見られますか',
    '社内の誰が閲覧できるの？',
    '上司も含めて誰が確認できますか',
    '事前登録期間を過ぎたら登録できませんか',
    '事前登録期間後に申し込んだ場合は？',
    '期間終了後はどうなりますか',
    // What happens if something is not done, as English reads "what happens if I don't".
    '事前登録しなかった場合、NK-SHIPSにログインできなくなりますか',
    'メールアドレスを登録しなかったらどうなりますか',
    '事前登録しないとどうなりますか',
    // A screen, what to enter, the steps, someone leaving: nothing a FAQ of rules says (development sets).
    '利用履歴はどの画面で確認できますか？',
    'メールアドレス事前登録サイトで入力が必要な項目は何ですか？',
    '事前登録サイトにサインアップする手順を教えて',
    '担当者が退職した場合、その人のログインIDはどうなりますか？',
    '担当者が異動した場合、登録アドレスはどうすれば',
    // How many (いくつ), and a URL asked for without a particle.
    '1つのメールアドレスで登録できるログインIDは最大いくつまで？',
    'メアド事前登録サイトのURL教えて',
    // A limit, the period over (が), something missed (しそびれ), seeing or checking the history (development sets).
    '同じアドレスに紐付けられるIDの数に上限はありますか',
    '事前登録期間が終わったらもう登録できない？',
    'うっかり登録しそびれた場合はどうなりますか',
    '利用履歴は私たちでも確認できますか',
    '記録された利用履歴は会社側で見られますか？',
    '事前登録期間が過ぎたら登録できない？',
    // A download, and what is still usable after the move (development sets).
    '利用履歴はダウンロードできますか',
    '今のIDは移行後も使えますか？',
    // A fee, as English reads one (thirteen unanswerable questions of the Japanese development sets, none answerable).
    '事前登録に費用はかかりますか',
    '新しいログインシステムに移行すると利用料金は追加でかかりますか',
    // How long something takes, 時間 between included (the English rule's kind).
    'ログインIDが発行されるまでどのくらいかかりますか',
    '事前登録の作業は何分くらいかかりますか？',
    '事前登録にはどのくらい時間がかかりますか？',
    // From when (いつから, as いつまで), and a help or support desk, as English reads one (the thirtieth session's sets).
    '新しいログインシステムはいつから使えるの？',
    'ヘルプデスクの受付時間って何時まで？',
    'サポートデスクに電話で相談できますか',
  ])('"%s" does, in Japanese', (question) => expect(asksFactNotAsked(question, ['各ログインIDに同じメールアドレスを登録することはできますか？'])).toBe(true));

  it.each([
    // "Several" and "any time", which ask about the rule.
    '事務所の共用メアドを何人かで使いたい',
    'ログインIDが何個もある場合、事前登録はIDごとに必要ですか',
    '事前登録は何時でもできますか？',
    'いつでも登録できますか',
    'いつ登録できますか',
    '事前登録にはどのようなメールアドレスを用意すればよいですか？',
    // "Any number of", "anywhere" and "the change" (a noun), found by a review: rules and reasons, answered.
    '共有アドレスは何人でも使えますか',
    'ログインIDが何個あっても同じアドレスでいいですか',
    // いくつも, いくつか: "several", a rule's question.
    'ログインIDがいくつもあるけど、事前登録は一つずつやらなきゃダメ？',
    'ろぐいんIDがいくつかある場合、それぞれ登録しなきゃいけないの？',
    '共有アドレスはどこでも使えますか',
    'ログインの変更でセキュリティはどう向上しますか',
    'ログイン方式の変更の目的は何ですか',
    // Who used it, and who manages the password, which the articles answer; and during the period.
    '誰がいつ利用したか分かるようになりますか？',
    'パスワードは誰が管理するのですか？',
    '事前登録期間中はいつでも登録できますか',
    // Not having something, and a problem (statesProblem's, not this rule's).
    '共有アドレスしかなかったら登録できない？',
    '事前登録しないといけませんか',
    // "If I didn't …, can I …?": what the rules answer, asked on a condition (a stranger's try).
    '個人のメールアドレスを用意しなかった場合、共有アドレスで登録できますか？',
    'IDごとに事前登録しなかったら、一つのIDだけ登録すれば足りますか？',
    '昼間に登録しなかったら、夜間でも登録できますか？',
    'ログインできなかった場合はどうすればいいですか',
    // The history tracked, which personal-email-security answers, also when it becomes visible (a review).
    '個人アドレスにすると利用履歴が追えるようになりますか',
    '利用履歴の追跡はできるようになる？',
    '個人アドレスにすると、誰がいつログインしたか履歴で確認できるようになりますか？',
    'ログイン履歴が見られるようになるのですか？',
    '利用履歴は確実に残りますか？',
    // The period itself, not its end (a review).
    '事前登録期間があるのはなぜですか',
    '事前登録期間が設けられていますか？',
    '期間が短いので、夜でも登録できますか？',
    // Keeping a shared address, which the rules allow: not "after the move".
    '共有アドレスはそのまま使えますか',
    // One address for several login IDs, the rule's own question, and "about how many" without taking time.
    '同じメールアドレスを複数のIDに登録可能？',
    'ログインIDごとに複数回の登録が必要ですか',
    // Free and paid services or addresses, "any time" (いつからでも), one's own desk: what the rules answer (a
    // stranger's review of the first forms, which read them).
    '無料のメールアドレス（Gmailなど）でも登録できますか？',
    '有料サービスを申し込んだ場合も事前登録が必要ですか？',
    '24時間いつからでも登録OK？',
    '自分のデスクで勤務時間中に登録しないといけませんか？',
  ])('"%s" does not, in Japanese', (question) => expect(asksFactNotAsked(question, ['各ログインIDに同じメールアドレスを登録することはできますか？'])).toBe(false));

  it('lets a question through when one of the article\'s phrasings asks for a number or a date too', () => {
    expect(asksFactNotAsked('How many login IDs can I have?', [...RULE, 'How many IDs can one person hold?'])).toBe(false);
    expect(asksFactNotAsked('When does pre-registration end?', ['What is the pre-registration deadline?'])).toBe(false);
    expect(asksFactNotAsked('粗大ごみはどこに出せばいいですか', ['粗大ごみはどこに出しますか？'])).toBe(false);
    expect(asksFactNotAsked('転入届の手順は？', ['転入届の手順を教えてください'])).toBe(false);
  });
});

describe('asksReasonNotGiven: the reason for a requirement, of an article that never asks why', () => {
  const REASONS = ['How does using a personal email address enhance security?', 'Why is an individual log-in safer?'];
  it.each([
    'Why do I have to register on both sites?',
    'why do new applicants need to register twice',
    'Why must we have to pre-register each ID?',
    'why does our office need to use personal addresses',
  ])('"%s" does, of rules that never say why', (question) => {
    expect(asksReasonNotGiven(question, RULE)).toBe(true);
    expect(asksReasonNotGiven(question, REASONS)).toBe(false);
  });

  it.each([
    // A bare "why", as StackFAQ's threads ask what their articles answer, and requirements asked without a reason.
    'why is my registration not working?',
    'Why can we not share one ID?',
    'Do I have to register on both sites?',
    'what do I need to register?',
  ])('"%s" does not', (question) => expect(asksReasonNotGiven(question, RULE)).toBe(false));
});

describe('actionAsked: the verb of a question asking how to change or undo something, or where or who can see it', () => {
  it.each([
    ['How do I change my registered email address after pre-registration?', 'change'],
    ['how to delete a login id after pre-registration', 'delete'],
    ['colleague left, how can we transfer his login', 'transfer'],
    ['I registered wrong email adress, how to fix?', 'fix'],
    ['HOW DO I RESET MY PASSWORD', 'reset'],
    // Where or who can see something: the FAQ says the usage history is tracked, never where or by whom it is seen.
    ['Who can see the usage history of our accounts?', 'see'],
    ['where can i view my usage history', 'view'],
    // Viewing, unlike seeing, also after how: "how can I view my usage history?" (a development set).
    ['How can I view my usage history?', 'view'],
    // "Can I change / merge …?" too (development sets): the FAQ's rules never say whether, nor how.
    ['Can I change my email later?', 'change'],
    ['can we merge our two login IDs into one', 'merge'],
  ])('"%s": %s', (question, verb) => expect(actionAsked(question)).toBe(verb));

  it.each([
    // How visitors ask anything: only changing or undoing something is read.
    'how do I use a personal email for the login',
    'how can I make sure my team can still log in',
    'the change to personal log-ins, how does it work',
    // "Can I …" only with changing or merging: "can I fix this?" and "can I remove …" are how StackFAQ's threads
    // ask what their articles answer without the verb, "merged" or "changes" after it included (a review).
    'Youtube stops buffering paused videos, can I fix this?',
    'Can I remove the formatting when pasting?',
    'Can I remove merged cells?',
    'Can I fix changes made by someone else?',
    // Seeing is read only after where or who: otherwise it is what tracking is for.
    'does personal email let you see who used the system',
    'how can I see which email to use',
  ])('"%s": none', (question) => expect(actionAsked(question)).toBeUndefined());
});
