// Samspill local web chat. Vanilla JS, no build step. Server and user text is only ever set
// through textContent, never parsed as HTML.
(function () {
  "use strict";

  const TEXTS = {
    nb: {
      tagline: "Refleksjon før, under og etter politiske saker",
      demoBadge: "Lokal demo",
      loading: "Laster …",
      leaderHeading: "Hvem er du?",
      leaderLabel: "Velg leder",
      leaderPlaceholder: "Velg leder …",
      coordinator: "koordinator",
      language: "Språk",
      demoHeading: "Demostyring",
      demoHelp: "Start det Samspill ellers sender etter møtekalenderen.",
      caseLabel: "Sak",
      noCases: "Ingen saker registrert",
      casesLoading: "Henter saker …",
      startPost: "Møtet er nettopp ferdig",
      startPre: "Før møtet",
      startMid: "Underveis",
      startAdHoc: "Fri refleksjon",
      transcriptLabel: "Samtale",
      emptyNoLeader: "Velg en leder for å starte. Samtalen her er lokal og bare for demonstrasjon.",
      emptyLeader: "Skriv «hjelp», eller start en refleksjon med demoknappene.",
      busy: "Samspill skriver …",
      messageLabel: "Melding",
      messagePlaceholder: "Skriv en melding, f.eks. «hjelp»",
      send: "Send",
      you: "Du",
      step: "Spørsmål {0} av {1}",
      required: "Må besvares",
      answerLabel: "Svaret ditt",
      sendAnswer: "Send svar",
      counter: "{0} av {1} tegn",
      download: "Last ned {0}",
      errorPrefix: "Det gikk ikke:",
      serverError: "Samspill svarte ikke som ventet. Prøv igjen om et øyeblikk.",
      networkError: "Fikk ikke kontakt med Samspill. Sjekk at appen kjører, og prøv igjen.",
      loadError: "Klarte ikke å hente lederne. Last siden på nytt for å prøve igjen.",
      tabChat: "Samtale",
      tabDigests: "Ukesammendrag",
      digestsNoLeader: "Velg en leder for å se ukesammendragene som er publisert i kommunen.",
      digestsEmpty: "Ingen ukesammendrag er publisert ennå.",
      digestsLoading: "Henter ukesammendrag …",
      digestsError: "Klarte ikke å hente ukesammendragene.",
      postedAt: "Publisert {0}",
      postDigest: "Publiser ukesammendraget nå",
      postDigestAlready: "Ukesammendraget for denne uka er allerede publisert.",
      resetDemo: "Tilbakestill demoen",
      resetConfirm: "Slette alt som er gjort i demoen (refleksjoner, saker, ukesammendrag) og laste eksempelkommunen på nytt?",
      resetDone: "Demoen er tilbakestilt til eksempelkommunen. Velg en leder for å starte.",
      leaderGone: "Velg en leder for å fortsette.",
      caseStatus: {
        IN_PREPARATION: "under forberedelse",
        IN_TREATMENT: "til politisk behandling",
        DECIDED: "vedtatt",
        WITHDRAWN: "trukket",
      },
    },
    nn: {
      tagline: "Refleksjon før, under og etter politiske saker",
      demoBadge: "Lokal demo",
      loading: "Lastar …",
      leaderHeading: "Kven er du?",
      leaderLabel: "Vel leiar",
      leaderPlaceholder: "Vel leiar …",
      coordinator: "koordinator",
      language: "Språk",
      demoHeading: "Demostyring",
      demoHelp: "Start det Samspill elles sender etter møtekalenderen.",
      caseLabel: "Sak",
      noCases: "Ingen saker registrerte",
      casesLoading: "Hentar saker …",
      startPost: "Møtet er nett ferdig",
      startPre: "Før møtet",
      startMid: "Undervegs",
      startAdHoc: "Fri refleksjon",
      transcriptLabel: "Samtale",
      emptyNoLeader: "Vel ein leiar for å starte. Samtalen her er lokal og berre for demonstrasjon.",
      emptyLeader: "Skriv «hjelp», eller start ein refleksjon med demoknappane.",
      busy: "Samspill skriv …",
      messageLabel: "Melding",
      messagePlaceholder: "Skriv ei melding, t.d. «hjelp»",
      send: "Send",
      you: "Du",
      step: "Spørsmål {0} av {1}",
      required: "Må svarast på",
      answerLabel: "Svaret ditt",
      sendAnswer: "Send svar",
      counter: "{0} av {1} teikn",
      download: "Last ned {0}",
      errorPrefix: "Det gjekk ikkje:",
      serverError: "Samspill svara ikkje som venta. Prøv att om ein augneblink.",
      networkError: "Fekk ikkje kontakt med Samspill. Sjekk at appen køyrer, og prøv igjen.",
      loadError: "Klarte ikkje å hente leiarane. Last sida på nytt for å prøve igjen.",
      tabChat: "Samtale",
      tabDigests: "Vekesamandrag",
      digestsNoLeader: "Vel ein leiar for å sjå vekesamandraga som er publiserte i kommunen.",
      digestsEmpty: "Ingen vekesamandrag er publiserte enno.",
      digestsLoading: "Hentar vekesamandrag …",
      digestsError: "Klarte ikkje å hente vekesamandraga.",
      postedAt: "Publisert {0}",
      postDigest: "Publiser vekesamandraget no",
      postDigestAlready: "Vekesamandraget for denne veka er alt publisert.",
      resetDemo: "Tilbakestill demoen",
      resetConfirm: "Slette alt som er gjort i demoen (refleksjonar, saker, vekesamandrag) og laste eksempelkommunen på nytt?",
      resetDone: "Demoen er tilbakestilt til eksempelkommunen. Vel ein leiar for å starte.",
      leaderGone: "Vel ein leiar for å halde fram.",
      caseStatus: {
        IN_PREPARATION: "under førebuing",
        IN_TREATMENT: "til politisk handsaming",
        DECIDED: "vedteken",
        WITHDRAWN: "trekt",
      },
    },
    en: {
      tagline: "Reflection before, during and after political cases",
      demoBadge: "Local demo",
      loading: "Loading …",
      leaderHeading: "Who are you?",
      leaderLabel: "Choose leader",
      leaderPlaceholder: "Choose leader …",
      coordinator: "coordinator",
      language: "Language",
      demoHeading: "Demo controls",
      demoHelp: "Start what Samspill otherwise sends from the meeting calendar.",
      caseLabel: "Case",
      noCases: "No cases registered",
      casesLoading: "Loading cases …",
      startPost: "The meeting just ended",
      startPre: "Before the meeting",
      startMid: "Along the way",
      startAdHoc: "Free reflection",
      transcriptLabel: "Conversation",
      emptyNoLeader: "Choose a leader to start. This conversation is local and for demonstration only.",
      emptyLeader: "Type \u201chelp\u201d, or start a reflection with the demo buttons.",
      busy: "Samspill is typing …",
      messageLabel: "Message",
      messagePlaceholder: "Type a message, e.g. \u201chelp\u201d",
      send: "Send",
      you: "You",
      step: "Question {0} of {1}",
      required: "Required",
      answerLabel: "Your answer",
      sendAnswer: "Send answer",
      counter: "{0} of {1} characters",
      download: "Download {0}",
      errorPrefix: "That didn't work:",
      serverError: "Samspill did not answer as expected. Please try again in a moment.",
      networkError: "Could not reach Samspill. Check that the app is running and try again.",
      loadError: "Could not load the leaders. Reload the page to try again.",
      tabChat: "Conversation",
      tabDigests: "Weekly digest",
      digestsNoLeader: "Choose a leader to see the weekly digests posted in their municipality.",
      digestsEmpty: "No weekly digest has been posted yet.",
      digestsLoading: "Loading weekly digests …",
      digestsError: "Could not load the weekly digests.",
      postedAt: "Posted {0}",
      postDigest: "Post the weekly digest now",
      postDigestAlready: "This week's digest has already been posted.",
      resetDemo: "Reset the demo",
      resetConfirm: "Delete everything done in the demo (reflections, cases, weekly digests) and load the sample municipality again?",
      resetDone: "The demo is back to the sample municipality. Choose a leader to start.",
      leaderGone: "Choose a leader to continue.",
      caseStatus: {
        IN_PREPARATION: "in preparation",
        IN_TREATMENT: "in political treatment",
        DECIDED: "decided",
        WITHDRAWN: "withdrawn",
      },
    },
  };
  const LANGUAGE_NAMES = { nb: "bokmål", nn: "nynorsk", en: "English" };
  const MAX_MESSAGE = 4000;

  const $ = (id) => document.getElementById(id);
  const ui = {
    loading: $("loading"),
    app: $("app"),
    demoOff: $("demo-off"),
    leaderSelect: $("leader-select"),
    leaderMeta: $("leader-meta"),
    caseSelect: $("case-select"),
    phaseButtons: Array.from(document.querySelectorAll("[data-phase]")),
    postDigest: $("post-digest"),
    resetDemo: $("reset-demo"),
    transcript: $("transcript"),
    busy: $("busy"),
    composer: $("composer"),
    input: $("message-input"),
    send: $("send"),
    chat: $("chat"),
    tabs: Array.from(document.querySelectorAll("[role=tab]")),
    digests: $("digests"),
  };

  const state = {
    tenants: [],
    leader: null,
    lang: "nb",
    session: 0, // bumped on leader switch, so late answers for the previous leader are dropped
    pending: 0,
    queue: Promise.resolve(),
    blobUrls: [],
    ids: 0,
    turns: 0,
    view: "chat",
    digests: undefined, // the selected leader's tenant's archive: undefined until loaded, null on error
  };

  // ---------- helpers ----------

  function t(key) {
    const texts = TEXTS[state.lang] || TEXTS.nb;
    return key in texts ? texts[key] : TEXTS.nb[key];
  }

  function format(template, ...args) {
    return template.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "className") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function nextId(prefix) {
    state.ids += 1;
    return prefix + "-" + state.ids;
  }

  // ---------- page chrome and language ----------

  function applyChrome() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      node.textContent = t(node.dataset.i18n);
    }
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    }
    const empty = ui.transcript.querySelector(".empty");
    if (empty) empty.textContent = state.leader ? t("emptyLeader") : t("emptyNoLeader");
    renderLeaderOptions();
    renderLeaderMeta();
    renderCaseOptions(ui.caseSelect._cases);
    renderDigests();
  }

  function leaderLabel(leader) {
    let label = leader.name;
    if (leader.role) label += " – " + leader.role;
    if (leader.coordinator) label += " (" + t("coordinator") + ")";
    return label;
  }

  function renderLeaderOptions() {
    const selected = ui.leaderSelect.value;
    const placeholder = el("option", { value: "", text: t("leaderPlaceholder") });
    const groups = state.tenants.map((tenant) =>
      el(
        "optgroup",
        { label: tenant.name },
        ...tenant.leaders.map((leader) => el("option", { value: leader.id, text: leaderLabel(leader) }))
      )
    );
    ui.leaderSelect.replaceChildren(placeholder, ...groups);
    ui.leaderSelect.value = selected;
  }

  function renderLeaderMeta() {
    const leader = state.leader;
    if (!leader) {
      ui.leaderMeta.textContent = "";
      return;
    }
    const parts = [leader.role, leader.tenantName, t("language") + ": " + (LANGUAGE_NAMES[leader.language] || leader.language)];
    ui.leaderMeta.textContent = parts.filter(Boolean).join(" · ");
  }

  function renderCaseOptions(cases) {
    const select = ui.caseSelect;
    if (!state.leader) {
      select._cases = undefined;
      select.replaceChildren();
      select.disabled = true;
      select.dataset.state = "empty";
      return;
    }
    if (cases === undefined) {
      select.replaceChildren(el("option", { value: "", text: t("casesLoading") }));
      select.disabled = true;
      select.dataset.state = "loading";
      return;
    }
    const chosen = select.value;
    select._cases = cases;
    if (cases.length === 0) {
      select.replaceChildren(el("option", { value: "", text: t("noCases") }));
      select.disabled = true;
    } else {
      select.replaceChildren(
        ...cases.map((c) => {
          const status = t("caseStatus")[c.status];
          let label = c.title;
          if (c.caseNumber) label += " (" + c.caseNumber + ")";
          if (status) label += " · " + status;
          return el("option", { value: c.id, text: label });
        })
      );
      select.disabled = false;
      if (cases.some((c) => c.id === chosen)) select.value = chosen;
    }
    select.dataset.state = "ready";
  }

  function setEnabled(enabled) {
    ui.input.disabled = !enabled;
    ui.send.disabled = !enabled;
    for (const button of ui.phaseButtons) button.disabled = !enabled;
    // Only the coordinator posts the digest, in the demo as in the leaders' channel.
    ui.postDigest.hidden = !(enabled && state.leader && state.leader.coordinator);
  }

  // ---------- talking to the server ----------

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail || "HTTP " + status);
      this.status = status;
      this.detail = detail;
    }
  }

  async function api(method, path, body) {
    // The page's language, so an error the server explains (e.g. the database is away) reads the same.
    const headers = { Accept: "application/json", "Accept-Language": state.lang };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      let detail = null;
      try {
        const problem = await response.json();
        detail = typeof problem.detail === "string" ? problem.detail : null;
      } catch (ignored) {
        // not JSON: fall back to the status below
      }
      throw new ApiError(response.status, detail);
    }
    return response.json();
  }

  /**
   * Runs requests one at a time, in order, and drops answers meant for a previous leader.
   * {@code answering} names the card the message answers: its askedId, the answer's label, the
   * card itself while the answer is on its way, and how to put typed text back if it is refused.
   */
  function enqueue(request, answering) {
    const session = state.session;
    state.pending += 1;
    ui.busy.hidden = false;
    ui.transcript.setAttribute("aria-busy", "true");
    const run = state.queue.then(async () => {
      if (session !== state.session) return;
      try {
        const result = await request();
        if (session === state.session && result && Array.isArray(result.replies)) {
          renderTurn(result, answering || {});
          state.turns += 1;
          ui.transcript.dataset.turns = String(state.turns); // lets a test wait for the turn
          followLanguage(result.language);
          afterTurn(result, session);
        }
      } catch (error) {
        if (session === state.session) {
          if (answering && answering.restore) answering.restore();
          showError(error);
        }
      } finally {
        // A card whose answer was not taken can be answered again.
        if (answering && answering.card && !answering.card.classList.contains("answered")) {
          answering.card.inert = false;
        }
      }
    });
    state.queue = run.finally(() => {
      if (session !== state.session) return;
      state.pending -= 1;
      if (state.pending === 0) {
        ui.busy.hidden = true;
        ui.transcript.setAttribute("aria-busy", "false");
      }
    });
    return state.queue;
  }

  function chat(body, answering) {
    return enqueue(
      () => api("POST", "/api/web/chat", Object.assign({ leaderId: state.leader.id }, body)),
      answering
    );
  }

  /** After a turn: a leader gone (deleted, unknown) returns to the picker; cases may have changed. */
  function afterTurn(result, session) {
    if (result.outcome === "UNKNOWN_LEADER") {
      backToPicker(result.replies);
      return;
    }
    loadCases(session, result.replies);
  }

  /** Back to the leader picker, keeping what the bot said last (e.g. that the data is deleted). */
  async function backToPicker(lastReplies) {
    try {
      state.tenants = await api("GET", "/api/web/tenants");
    } catch (ignored) {
      // The picker keeps its old list; choosing a gone leader says so in the chat.
    }
    ui.leaderSelect.value = "";
    chooseLeader("");
    renderReplies((lastReplies || []).filter((r) => r.type === "text"));
    botBubble("text", "bot-message", el("p", { className: "msg-text", text: t("leaderGone") }));
    ui.leaderSelect.focus();
  }

  /** The leader may change language by chat ("språk nn"); the page chrome follows the turn's. */
  function followLanguage(language) {
    if (!state.leader || !language || language === state.leader.language) return;
    state.leader = Object.assign({}, state.leader, { language: language });
    for (const tenant of state.tenants || []) {
      for (const leader of tenant.leaders) {
        if (leader.id === state.leader.id) leader.language = language;
      }
    }
    state.lang = TEXTS[language] ? language : "nb";
    applyChrome();
  }

  function findLeader(tenants, id) {
    for (const tenant of tenants) {
      for (const leader of tenant.leaders) {
        if (leader.id === id) return Object.assign({ tenantId: tenant.id, tenantName: tenant.name }, leader);
      }
    }
    return null;
  }

  // ---------- transcript ----------

  function clearTranscript() {
    for (const url of state.blobUrls) URL.revokeObjectURL(url);
    state.blobUrls = [];
    ui.transcript.replaceChildren(el("p", { className: "empty", "data-testid": "empty-state" }));
  }

  function append(node) {
    const empty = ui.transcript.querySelector(".empty");
    if (empty) empty.remove();
    ui.transcript.append(node);
    // Scrolls the transcript on wide screens and the page on narrow ones.
    node.scrollIntoView({ block: "nearest" });
    return node;
  }

  function userBubble(text) {
    return append(
      el(
        "div",
        { className: "msg user", "data-testid": "user-message" },
        el("span", { className: "visually-hidden", text: t("you") + ": " }),
        el("p", { className: "msg-text", text })
      )
    );
  }

  function botBubble(className, testId, ...children) {
    return append(el("div", { className: "msg bot " + className, "data-testid": testId }, ...children));
  }

  function showError(error) {
    const text =
      error instanceof ApiError
        ? t("errorPrefix") + " " + (error.detail || t("serverError"))
        : t("networkError");
    botBubble("error", "error-message", el("p", { className: "msg-text", role: "alert", text }));
  }

  const TAKEN = ["ANSWERED", "NEEDS_INPUT", "COMMAND"];

  /** The card still waiting for an answer: only the newest question is open in the engine. */
  function openCard() {
    const cards = ui.transcript.querySelectorAll(".question:not(.answered)");
    return cards.length ? cards[cards.length - 1] : null;
  }

  function renderTurn(result, answering) {
    const replies = result.replies;
    const open = openCard();
    const again = open ? replies.find((r) => r.type === "question" && r.askedId === open.dataset.askedId) : null;
    if (result.outcome === "INVALID_INPUT" && again) {
      // The same question asked again: the card shows why, in place, with the typed text kept.
      const problems = replies.filter((r) => r.type === "text").map((r) => r.text);
      const fresh = questionCard(again, problems);
      const oldArea = open.querySelector("textarea");
      const newArea = fresh.querySelector("textarea");
      if (oldArea && newArea) {
        newArea.value = oldArea.value;
        newArea.dispatchEvent(new Event("input"));
      }
      open.replaceWith(fresh);
      if (answering.restore) answering.restore();
      const first = fresh.querySelector("textarea, .option");
      if (first && (answering.card || ui.transcript.contains(document.activeElement))) first.focus({ preventScroll: true });
      return;
    }
    if (!TAKEN.includes(result.outcome)) {
      if (answering.restore) answering.restore();
    } else if (open && again) {
      open.remove(); // asked again below (after help, or in a new language): one copy only
    } else if (open) {
      // A typed command answered nothing: the card is passed, not answered with the command's word.
      const answered = result.outcome !== "COMMAND" && answering.askedId === open.dataset.askedId;
      freeze(open, answered ? answering.label : null);
    }
    renderReplies(replies, Boolean(answering.card));
  }

  /** An answered (or passed) card keeps its question and shows the answer; nothing in it is live. */
  function freeze(card, label) {
    for (const live of card.querySelectorAll(".q-options, .q-scale, .q-free, .q-controls, .q-problem")) live.remove();
    card.classList.remove("current");
    card.classList.add("answered");
    card.dataset.state = "answered";
    if (label) card.append(el("p", { className: "q-answer", "data-testid": "question-answer", text: t("answerLabel") + ": " + label }));
    card.inert = true;
  }

  function renderReplies(replies, focusCard) {
    let lastQuestion = null;
    for (const reply of replies) {
      switch (reply.type) {
        case "text":
          botBubble("text", "bot-message", el("p", { className: "msg-text", text: reply.text || "" }));
          break;
        case "question":
          lastQuestion = renderQuestion(reply);
          break;
        case "summary":
          renderSummary(reply);
          break;
        case "export":
          renderExport(reply);
          break;
        default:
          break;
      }
    }
    if (lastQuestion) {
      for (const old of ui.transcript.querySelectorAll(".question:not(.answered)")) {
        if (old !== lastQuestion) freeze(old, null);
      }
    }
    const focusWasInTranscript = focusCard || ui.transcript.contains(document.activeElement);
    if (lastQuestion && focusWasInTranscript) {
      const first = lastQuestion.querySelector("textarea, .option");
      if (first) first.focus({ preventScroll: true });
    }
  }

  /** A click answers its card: the card shows the choice once the engine has taken it. */
  function clickButton(button, event) {
    const card = event.currentTarget.closest(".question");
    if (card) card.inert = true; // one answer per card while it is on its way
    chat(
      { action: { askedId: button.askedId, value: button.value } },
      { askedId: button.askedId, label: button.label, card }
    );
  }

  function actionButton(button, className, testId) {
    return el("button", {
      type: "button",
      className: "button " + className,
      "data-testid": testId,
      "data-value": button.value,
      "data-asked-id": button.askedId,
      text: button.label,
      onclick: (event) => clickButton(button, event),
    });
  }

  function renderQuestion(q) {
    return append(questionCard(q, []));
  }

  function questionCard(q, problems) {
    const textId = nextId("q-text");
    const card = el("div", {
      className: "msg bot question current",
      "data-testid": "question",
      "data-asked-id": q.askedId,
      "data-kind": q.kind,
      role: "group",
      "aria-labelledby": textId,
    });
    if (q.heading) card.append(el("p", { className: "q-heading", text: q.heading }));
    if (q.steps > 0) card.append(el("p", { className: "q-step", "data-testid": "question-step", text: format(t("step"), q.step, q.steps) }));
    card.append(el("p", { className: "q-text", id: textId, text: q.text || "" }));
    if (q.hint) card.append(el("p", { className: "q-hint", text: q.hint }));
    if (problems.length) card.append(el("p", { className: "q-problem", "data-testid": "question-problem", role: "alert", text: problems.join(" ") }));

    if (q.kind === "SCALE") card.append(scaleBody(q));
    else if (q.kind === "FREE_TEXT") card.append(freeTextBody(q));
    else card.append(el("div", { className: "q-options" }, ...(q.options || []).map((o) => actionButton(o, "option", "option"))));

    const controls = q.controls || [];
    if (controls.length > 0) {
      card.append(el("div", { className: "q-controls" }, ...controls.map((c) => actionButton(c, "control", "control"))));
    }
    return card;
  }

  function scaleBody(q) {
    const options = q.options || [];
    return el(
      "div",
      { className: "q-scale" },
      ...options.map((option, i) => {
        const label = i === 0 ? q.lowLabel : i === options.length - 1 ? q.highLabel : null;
        const labelId = label ? nextId("scale-label") : null;
        const button = actionButton(option, "option scale-value", "option");
        if (labelId) button.setAttribute("aria-describedby", labelId);
        return el(
          "div",
          { className: "scale-cell" },
          button,
          label ? el("span", { className: "scale-label", id: labelId, text: label }) : null
        );
      })
    );
  }

  function freeTextBody(q) {
    const max = q.maxLength > 0 ? q.maxLength : MAX_MESSAGE;
    const inputId = nextId("answer");
    const counterId = nextId("counter");
    const counter = el("span", { className: "counter", id: counterId, "data-testid": "char-counter" });
    const area = el("textarea", {
      id: inputId,
      className: "answer-input",
      "data-testid": "free-text-input",
      maxlength: max,
      rows: 3,
      "aria-describedby": counterId,
      "aria-required": q.required ? "true" : null,
    });
    const updateCounter = () => {
      counter.textContent = format(t("counter"), area.value.length, max);
    };
    updateCounter();
    // The text stays in the card until the engine has taken it; a refused answer keeps it there.
    const submit = () => {
      const text = area.value;
      const card = area.closest(".question");
      if (card) card.inert = true;
      chat({ text, action: { askedId: q.askedId, value: "text" } }, { askedId: q.askedId, label: text.trim(), card });
    };
    area.addEventListener("input", updateCounter);
    area.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        submit();
      }
    });
    return el(
      "div",
      { className: "q-free" },
      el(
        "label",
        { className: "field-label", for: inputId },
        t("answerLabel"),
        q.required ? el("span", { className: "required", text: " · " + t("required") }) : null
      ),
      area,
      el(
        "div",
        { className: "q-free-row" },
        counter,
        el("button", {
          type: "button",
          className: "button primary",
          "data-testid": "free-text-send",
          "data-asked-id": q.askedId,
          "data-value": "text",
          text: t("sendAnswer"),
          onclick: submit,
        })
      )
    );
  }

  function renderSummary(s) {
    const list = el(
      "dl",
      { className: "summary-lines" },
      ...(s.lines || []).map((line) =>
        el("div", { className: "summary-line" }, el("dt", { text: line.label }), el("dd", { text: line.value }))
      )
    );
    botBubble(
      "summary",
      "summary",
      el("h3", { className: "summary-title", text: s.title || "" }),
      list,
      s.footer ? el("p", { className: "summary-footer", text: s.footer }) : null
    );
  }

  function renderExport(e) {
    const url = URL.createObjectURL(new Blob([e.json || ""], { type: "application/json" }));
    state.blobUrls.push(url);
    botBubble(
      "export",
      "export",
      el("p", { className: "msg-text", text: e.text || "" }),
      el("a", {
        className: "button download",
        href: url,
        download: e.fileName || "samspill.json",
        "data-testid": "export-download",
        text: format(t("download"), e.fileName || "samspill.json"),
      })
    );
  }

  // ---------- weekly digest archive ----------

  function showView(view) {
    state.view = view;
    ui.chat.dataset.view = view;
    for (const tab of ui.tabs) {
      const selected = tab.dataset.view === view;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    // Reloaded each time the tab opens, so a digest posted while the page was open shows up.
    if (view === "digests" && state.leader) loadDigests(state.session);
  }

  async function loadDigests(session) {
    if (state.digests === null) state.digests = undefined;
    renderDigests();
    try {
      const digests = await api("GET", "/api/web/tenants/" + encodeURIComponent(state.leader.tenantId) + "/digests");
      if (session === state.session) state.digests = digests;
    } catch (ignored) {
      if (session === state.session) state.digests = null;
    }
    if (session === state.session) renderDigests();
  }

  function renderDigests() {
    const message = (key) => el("p", { className: "empty", "data-testid": "digests-empty", text: t(key) });
    if (!state.leader) ui.digests.replaceChildren(message("digestsNoLeader"));
    else if (state.digests === undefined) ui.digests.replaceChildren(message("digestsLoading"));
    else if (state.digests === null) ui.digests.replaceChildren(message("digestsError"));
    else if (state.digests.length === 0) ui.digests.replaceChildren(message("digestsEmpty"));
    else ui.digests.replaceChildren(...state.digests.map(digestArticle));
  }

  /** Norwegian dates written out by hand: not every browser has nb/nn locale data. */
  function postedDate(date) {
    if (state.lang === "en") return date.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" });
    const two = (n) => String(n).padStart(2, "0");
    return two(date.getDate()) + "." + two(date.getMonth() + 1) + "." + date.getFullYear() + " kl. " + two(date.getHours()) + ":" + two(date.getMinutes());
  }

  function digestArticle(d) {
    const posted = d.postedAt ? postedDate(new Date(d.postedAt)) : null;
    const sections = (d.sections || []).map((s) =>
      el(
        "section",
        { className: "digest-section" },
        s.heading ? el("h4", { className: "digest-heading", text: s.heading }) : null,
        ...s.lines.map((line) => el("p", { className: "digest-line", text: line }))
      )
    );
    const chart = d.chartUrl ? el("img", { className: "digest-chart", "data-testid": "digest-chart", src: d.chartUrl, alt: d.chartAltText || "" }) : null;
    return el(
      "article",
      { className: "digest", "data-testid": "digest", "data-week": d.week },
      el("h3", { className: "digest-title", "data-testid": "digest-title", text: d.title }),
      posted ? el("p", { className: "meta", text: format(t("postedAt"), posted) }) : null,
      ...sections,
      chart
    );
  }

  // ---------- events ----------

  function chooseLeader(id) {
    state.session += 1;
    state.queue = Promise.resolve();
    state.pending = 0;
    ui.busy.hidden = true;
    const tenantBefore = state.leader ? state.leader.tenantId : null;
    state.leader = id ? findLeader(state.tenants, id) : null;
    // Another municipality's digests must never linger on the page while the new ones load.
    if (!state.leader || state.leader.tenantId !== tenantBefore) state.digests = undefined;
    state.lang = state.leader && TEXTS[state.leader.language] ? state.leader.language : "nb";
    clearTranscript();
    ui.caseSelect._cases = undefined;
    applyChrome();
    setEnabled(Boolean(state.leader));
    if (state.leader) loadCases(state.session);
    if (state.leader && state.view === "digests") loadDigests(state.session);
  }

  /** The leader's cases; after a turn too, so a case made with "ny sak" shows at once. */
  async function loadCases(session, lastReplies) {
    if (!state.leader) return;
    try {
      const cases = await api("GET", "/api/web/leaders/" + encodeURIComponent(state.leader.id) + "/cases");
      if (session === state.session) renderCaseOptions(cases);
    } catch (error) {
      if (session !== state.session) return;
      if (error instanceof ApiError && error.status === 404) {
        backToPicker(lastReplies); // the leader is gone, e.g. just deleted with "slett"
        return;
      }
      renderCaseOptions([]);
      showError(error);
    }
  }

  async function postDigestNow() {
    if (!state.leader) return;
    const session = state.session;
    try {
      const result = await api("POST", "/api/web/demo/digest", { leaderId: state.leader.id });
      if (session !== state.session) return;
      if (result.posted) showView("digests");
      else botBubble("text", "bot-message", el("p", { className: "msg-text", text: t("postDigestAlready") }));
    } catch (error) {
      if (session === state.session) showError(error);
    }
  }

  async function resetDemo() {
    if (!window.confirm(t("resetConfirm"))) return;
    try {
      await api("POST", "/api/web/demo/reset");
      state.tenants = await api("GET", "/api/web/tenants");
    } catch (error) {
      showError(error);
      return;
    }
    ui.leaderSelect.value = "";
    chooseLeader("");
    renderLeaderOptions();
    botBubble("text", "bot-message", el("p", { className: "msg-text", "data-testid": "reset-done", text: t("resetDone") }));
  }

  function startPhase(phase) {
    if (!state.leader) return;
    const caseId = phase === "AD_HOC" || ui.caseSelect.disabled ? null : ui.caseSelect.value || null;
    const body = { leaderId: state.leader.id, phase };
    if (caseId) body.caseId = caseId;
    enqueue(() => api("POST", "/api/web/demo/start", body));
  }

  function sendTyped(event) {
    event.preventDefault();
    const text = ui.input.value.trim();
    if (!text || !state.leader) return;
    ui.input.value = "";
    const bubble = userBubble(text);
    const open = openCard();
    // Typed text answers the open card, if any; refused, it goes back into the input.
    chat(
      { text },
      {
        askedId: open ? open.dataset.askedId : null,
        label: text,
        restore: () => {
          bubble.remove();
          if (!ui.input.value) ui.input.value = text;
        },
      }
    );
  }

  /** Nudges arrive on their own: pick up what Samspill sent while the page was open. */
  async function pollInbox() {
    const session = state.session;
    if (!state.leader || state.pending > 0) return;
    try {
      const result = await api("GET", "/api/web/leaders/" + encodeURIComponent(state.leader.id) + "/inbox");
      if (session === state.session && result && Array.isArray(result.replies) && result.replies.length > 0) {
        renderReplies(result.replies);
      }
    } catch (ignored) {
      // The next poll tries again; a failed poll is not worth interrupting the chat for.
    }
  }

  async function init() {
    applyChrome();
    setInterval(pollInbox, 5000);
    ui.leaderSelect.addEventListener("change", () => chooseLeader(ui.leaderSelect.value));
    for (const button of ui.phaseButtons) {
      button.addEventListener("click", () => startPhase(button.dataset.phase));
    }
    ui.composer.addEventListener("submit", sendTyped);
    ui.postDigest.addEventListener("click", postDigestNow);
    ui.resetDemo.addEventListener("click", resetDemo);
    for (const tab of ui.tabs) {
      tab.addEventListener("click", () => showView(tab.dataset.view));
      tab.addEventListener("keydown", (event) => {
        if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
        const step = event.key === "ArrowRight" ? 1 : ui.tabs.length - 1;
        const next = ui.tabs[(ui.tabs.indexOf(tab) + step) % ui.tabs.length];
        showView(next.dataset.view);
        next.focus();
      });
    }
    try {
      state.tenants = await api("GET", "/api/web/tenants");
      ui.loading.hidden = true;
      ui.app.hidden = false;
      applyChrome();
      // A browser may restore the select after reload; start clean so nothing is sent unasked.
      ui.leaderSelect.value = "";
      ui.leaderSelect.dataset.state = "ready";
    } catch (error) {
      ui.loading.hidden = true;
      if (error instanceof ApiError && error.status === 404) {
        ui.demoOff.hidden = false;
        $("demo-badge").hidden = true;
      } else {
        ui.app.hidden = false;
        setEnabled(false);
        botBubble("error", "error-message", el("p", { className: "msg-text", role: "alert", text: t("loadError") }));
      }
    }
  }

  init();
})();
