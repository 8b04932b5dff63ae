import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { faqPageUrl, packUrl, themeOf, type EmbedConfig } from '../embed/config';
import { setLauncherLabel } from '../embed/launcher';
import type { Command, WidgetController } from '../embed/controller';
import type { Emitter } from '../embed/events';
import type { ContentPack } from '../content-pack';
import { Composer } from './Composer';
import { configProblems } from './config-problems';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveRegion } from './LiveRegion';
import { DEEP_LINK } from './deep-link';
import { FRAME_TEXT } from './frame-text';
import { loadLanguage } from './load-language';
import { ContentProblems, LoadError } from './LoadError';
import { MessageList } from './MessageList';
import { Panel } from './Panel';
import { PanelFooter } from './PanelFooter';
import { otherQuestionLocale } from './question-locale';
import { SuggestedQuestions } from './SuggestedQuestions';
import { useContentPack } from './useContentPack';
import { useConversation } from './useConversation';
import type { LinkKind } from './messages';
import { articlesForPage } from '../page-patterns';
import { useCoversScreen } from './useCoversScreen';
import { useModalFocus } from './useModalFocus';
import { usePhoneScreen } from './usePhoneScreen';
import { useReturnFocus } from './useReturnFocus';
import { setUiText } from './current-ui-text';
import { warn } from './warn';
import { withEmbedOverrides } from './with-embed-overrides';

export interface AppProps {
  controller: WidgetController;
  emitter: Emitter;
  config: EmbedConfig;
  panelId: string;
  /** The facade's fetch of the content pack, already under way when the app starts. */
  content?: Promise<Response>;
  /** The facade's launcher, whose label the app gives the content's title in the content's language. */
  launcher?: HTMLElement;
}

const DEFAULT_TITLE = 'Questions?';

/** An article of the pack, or of what a sharded pack has fetched so far. */
const articleIn = (pack: ContentPack, id: string) => pack.live?.articles.get(id) ?? pack.articles.find((article) => article.id === id);

/**
 * Whether the panel is open. An opening is drawn in a task of its own: in the launcher's click it would be drawn
 * in the click's task, and the browser, finishing the click, then lays the panel out in it too, one task of 40 to
 * 60 ms at 4× (two of 25 to 30 apart). A closing is drawn at once.
 */
function usePanelOpen(controller: WidgetController): boolean {
  const [open, setOpen] = useState(controller.isOpen);
  useEffect(() => {
    const unsubscribe = controller.subscribe((isOpen) => (isOpen ? setTimeout(() => setOpen(controller.isOpen)) : setOpen(false)));
    // Effects run after the first render; the panel may have been opened in between.
    setOpen(controller.isOpen);
    return unsubscribe;
  }, [controller]);
  return open;
}

/** The panel and its conversation; the launcher and `window.Askdown` belong to the embed. */
export function App({ controller, emitter, config, panelId, content, launcher }: AppProps) {
  const open = usePanelOpen(controller);
  // The facade mounts the app only when it is wanted, so the content (and the index built from it) comes now,
  // ready before the visitor's first question whenever the app was loaded ahead of the first click.
  const [locale, setShownLocale] = useState(config.locale);
  // The language last asked for, by the page or the visitor, before a render shows it: commands carried for a
  // language wait while it comes, even in the commit that asked for it (`setLocale` queued before any content).
  const askedLocale = useRef(config.locale);
  const setLocale = useCallback((value: string) => {
    askedLocale.current = value;
    setShownLocale(value);
  }, []);
  // A language with a script of its own (Japanese) answers once that script is in too; its frame text shows as
  // soon as the script is, even when the pack cannot come.
  const [frame, setFrame] = useState(FRAME_TEXT);
  const language = () => loadLanguage(locale);
  useEffect(() => {
    language().then((support) => setFrame(support?.frame ?? FRAME_TEXT), () => setFrame(FRAME_TEXT));
  }, [locale]);
  // `data-preview` (or `preview: true` from mount()): present, and not "false".
  const preview = config.attributes.preview !== undefined && config.attributes.preview !== 'false';
  const [packState, retry, contentFailed] = useContentPack(packUrl(config, locale), content, language, { locale, preview });
  const loadedPack = packState.status === 'ready' ? packState.pack : null;
  const pack = useMemo(() => loadedPack && withEmbedOverrides(loadedPack, config), [loadedPack, config]);
  useEffect(() => configProblems(config).forEach((problem) => warn(problem)), [config]);
  const watchLanguage = useCallback(() => {
    const began = askedLocale.current;
    const still = () => askedLocale.current === began;
    return { still, failed: (error: unknown) => (still() ? contentFailed(error) : warn(error)) };
  }, [contentFailed]);
  const conversation = useConversation(pack, emitter, watchLanguage);
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const coversScreen = useCoversScreen();
  usePhoneScreen(open && coversScreen, panelRef);
  useModalFocus(coversScreen, open, panelRef, inputRef);

  // A question written in another of the site's languages is answered in that language: the panel switches, and
  // the question waits for that pack (at once when it was loaded before); so does any command the page sends while
  // a language it asked for is on its way (`setLocale` then `showArticle`). A pack's `locale` must be the one it is
  // served for, as the content build writes it.
  const carried = useRef<Command[]>([]);
  const switchingTo = useRef<string | null>(null);
  const [suggested, setSuggested] = useState<string[] | null>(null);
  const take = useCallback(
    (command: Command, fetched = false) => {
      const { name, value } = command;
      if (name === 'setLocale') {
        if (!config.locales.includes(value)) return warn(`setLocale("${value}"): not one of data-locales`);
        switchingTo.current = value;
        return setLocale(value);
      }
      const coming = switchingTo.current;
      if (coming && coming !== pack?.locale) return void carried.current.push(command);
      if (name !== 'ask') {
        const ids = [value].flat();
        // A sharded pack lists no articles: they are fetched first, and the command taken once they are here.
        const live = pack?.live;
        if (live && !fetched) {
          const language = watchLanguage();
          return void Promise.all(ids.map((id) => live.fetchArticle(id))).then(() => language.still() && take(command, true), language.failed);
        }
        const known = ids.filter((id) => pack && articleIn(pack, id));
        if (known.length < ids.length) warn(`${name}: no article ${JSON.stringify(ids.filter((id) => !known.includes(id)))}`);
        if (name === 'suggest') {
          // [] gives the page back its own (`pages:`); ids that are all unknown change nothing; an id given twice is
          // offered once (a web team's try).
          if (ids.length === 0) setSuggested(null);
          else if (known.length > 0) setSuggested([...new Set(known)]);
          return;
        }
        if (known.length === 0) return;
        controller.open();
        return conversation.openArticle(value, 'api');
      }
      const other = otherQuestionLocale(value, locale, config.locales);
      if (other === null) return conversation.ask(value);
      carried.current.push(command);
      switchingTo.current = other;
      setLocale(other);
    },
    [locale, config.locales, conversation.ask, conversation.openArticle, pack, controller, watchLanguage],
  );
  // As the content is drawn, not after that frame is painted (an effect): a question sent while it loaded (a
  // quick visitor, `Askdown.ask`) is then answered in the same frame, not one frame and its layout later.
  useLayoutEffect(() => (pack ? controller.takeCommands(take) : undefined), [controller, pack, take]);

  // A page opened with #askdown=<id> (a link in an e-mail or a support reply) opens on that answer, once the
  // first content has come: the app loads when the browser is idle after the page's load event.
  const deepLinked = useRef(false);
  // The address that opened it, taken out of the address bar once the visitor closes the answer: a reload or a
  // bookmark would otherwise open it again. Only while the address is still that one; the page's history state kept.
  const deepLink = useRef<string | null>(null);
  useEffect(() => {
    if (!pack || deepLinked.current) return;
    deepLinked.current = true;
    const id = DEEP_LINK.exec(location.hash)?.[1];
    if (id) {
      deepLink.current = location.href;
      take({ name: 'showArticle', value: id });
    }
  }, [pack, take]);
  useEffect(() => {
    if (open || deepLink.current === null) return;
    if (location.href === deepLink.current) history.replaceState(history.state, '', location.pathname + location.search);
    deepLink.current = null;
  }, [open]);
  // The commands carried are taken, in order, once the language they wait for is shown, or once the visitor has
  // picked another language before it came (they are then taken in that one).
  useEffect(() => {
    const coming = switchingTo.current;
    if (!pack || (coming && pack.locale !== coming && askedLocale.current === coming)) return;
    switchingTo.current = null;
    // A question that took the panel to a language the visitor turned away from is answered in theirs, not
    // switched back to; unless it is written in another of the site's languages, which this content cannot
    // answer: "no answer" would be untrue (and a false gap in the editors' report), so it is let go.
    const abandoned = coming !== null && pack.locale !== coming;
    for (const command of carried.current.splice(0)) {
      if (!abandoned || command.name !== 'ask') take(command);
      else if (otherQuestionLocale(command.value, pack.locale, config.locales) === null) conversation.ask(command.value);
    }
  }, [pack, take, locale, conversation.ask, config.locales]);

  // Neither the pack's title nor the page's but ours, which is English whatever the language that could not come.
  const ownTitle = !pack && !config.title;

  // From the first render: the facade may have worded a failed earlier load on the launcher. Not while the pointer
  // rests on it before the panel opens (the pointer is what started the app): words of another length would move
  // its edge from under the click on its way; then once the click has landed or the pointer has gone.
  useEffect(() => {
    if (!launcher) return;
    const lang = ownTitle ? 'en' : (pack?.locale ?? locale);
    const relabel = () => setLauncherLabel(launcher, config.title ?? pack?.site.title ?? DEFAULT_TITLE, lang);
    if (controller.isOpen || !launcher.matches(':hover')) return relabel();
    const after = ['click', 'pointerleave'];
    for (const type of after) launcher.addEventListener(type, relabel, { once: true });
    return () => {
      for (const type of after) launcher.removeEventListener(type, relabel);
    };
  }, [launcher, pack, config.title]);

  useReturnFocus(controller, launcher, panelRef);

  useEffect(() => {
    // Effects run after the frame: the panel may have closed since, and focus gone back to the page.
    if (open && controller.isOpen) (inputRef.current ?? panelRef.current)?.focus();
  }, [open]);

  const failed = packState.status === 'error';
  // Content that failed to come cannot answer the page's call (a "Help" link): the panel opens on the friendly
  // error and its retry instead, and the call waits for the retry.
  useEffect(() => {
    if (!failed) return;
    const openIfCalled = () => {
      if (controller.waiting) controller.open();
    };
    openIfCalled();
    return controller.subscribe(openIfCalled);
  }, [failed, controller]);

  // Content that arrives while the panel holds focus (a retry gives it the panel) hands it on to the question box;
  // a failure, to the retry button, which a keyboard visitor would otherwise have to find from the panel's top.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel || (panel.getRootNode() as ShadowRoot).activeElement !== panel) return;
    if (pack) inputRef.current?.focus();
    else if (failed) panel.querySelector<HTMLElement>('.retry')?.focus();
  }, [pack, failed]);

  useEffect(() => {
    const body = bodyRef.current;
    const questions = body?.querySelectorAll<HTMLElement>('.message--question');
    const latest = questions?.[questions.length - 1];
    if (!body || !latest) return;
    // A long question (500 characters fill a phone's screen) would push its reply out of sight: its last lines
    // then (and the note that it was cut), with the reply under them.
    const reply = latest.nextElementSibling as HTMLElement | null;
    const third = body.clientHeight / 3;
    const top = reply && latest.offsetHeight > third ? reply.offsetTop - third : latest.offsetTop - 8;
    body.scrollTop = top;
    // At 320 px high or less the panel scrolls as one column (panel.css), the conversation in it (a visitor's try:
    // at 400% zoom each answer landed below the screen); elsewhere the panel does not scroll, and this does nothing.
    panelRef.current!.scrollTop = body.offsetTop + top;
  }, [conversation.messages]);

  // Read on every opening, so a single-page app's route changes need no call and no patching of `history`.
  const pageArticles = useMemo(
    () =>
      !pack
        ? []
        : suggested
          ? suggested.flatMap((id) => articleIn(pack, id) ?? [])
          : articlesForPage(pack.articles, location.pathname),
    [pack, suggested, open],
  );

  const onLinkClick = (url: string, kind: LinkKind) => emitter.emit('link-click', { url, kind });
  const sendQuestion = (question: string) => {
    controller.ask(question);
    if (failed) retry();
  };
  // The retry button goes with the error: focus waits on the panel, which hands it to the question box once the
  // content is in, instead of falling to the page.
  const retryFromPanel = () => {
    panelRef.current?.focus();
    retry();
  };

  setUiText(pack?.site.ui ?? frame);
  return (
    <Panel
      id={panelId}
      // Until a pack says its language, the frame's words are the language script's, or the English fallback.
      lang={pack?.locale ?? (frame === FRAME_TEXT ? 'en' : locale)}
      theme={themeOf(config.attributes)}
      title={pack?.site.title ?? config.title ?? DEFAULT_TITLE}
      // The page's own title (data-title) is in the language it asked for.
      titleLang={ownTitle ? 'en' : pack ? undefined : locale}
      open={open}
      modal={coversScreen}
      panelRef={panelRef}
      onClose={controller.close}
      headerTools={<LanguageSwitch locales={config.locales} locale={locale} onChange={setLocale} />}
    >
      {/* Drawn closed as soon as the app runs, which is at the first sign of intent (the pointer on its way to the
          launcher): the click then only shows it, laid out already (panel.css). Not the alerts: a screen reader
          says an alert as it is put into a panel on screen; one drawn ahead, hidden, may go unsaid as the panel
          shows. */}
      <div class="panel-body" ref={bodyRef}>
        {open && packState.status === 'error' && <LoadError text={frame} onRetry={retryFromPanel} problems={packState.problems} />}
        {pack && (
          <>
            {open && pack.problems && <ContentProblems problems={pack.problems} />}
            <p class="greeting">{pack.site.greeting}</p>
            <SuggestedQuestions
              articles={pageArticles}
              questions={pack.site.suggestedQuestions}
              onOpenArticle={(id) => conversation.openArticle(id, 'suggestion')}
              onAsk={(question) => conversation.ask(question, true)}
            />
            <MessageList
              messages={conversation.messages}
              site={pack.site}
              faqPage={faqPageUrl(config, pack.locale)}
              onOpenArticle={conversation.openArticle}
              onChoose={conversation.choose}
              onFeedback={conversation.giveFeedback}
              onLinkClick={onLinkClick}
            />
          </>
        )}
        {/* Last in either case: alone while the content loads, under the conversation while an answer does */}
        {(pack ? conversation.busy : !failed) && (
          <p class="loading" role="status">
            {frame.loading}
          </p>
        )}
      </div>
      {/* Through the controller, whose queue keeps a question sent before the content arrived; sent while the
          content could not be loaded, it tries again too (else it would wait, unseen, for "Try again"). */}
      <Composer inputRef={inputRef} onSend={sendQuestion} />
      {pack && <PanelFooter registration={pack.site.registration} contact={pack.site.contact} onLinkClick={onLinkClick} />}
      {/* Nothing while another language loads: the last answer is in the language being left */}
      <LiveRegion text={pack ? conversation.announcement : ''} open={open} isOpenNow={() => controller.isOpen} />
    </Panel>
  );
}
