package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.conversation.ConversationState;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.CoordinatorPolicy;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Reflection;

/**
 * A person chatting with a {@link ConversationEngine} built over in-memory ports: type, click a
 * button of the question on screen, and look at what came back and what was stored.
 */
public final class ChatHarness {

  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final InMemoryPorts store = new InMemoryPorts();
  private final FlakyStorage storage = new FlakyStorage();
  private final MutableClock clock = MutableClock.at(START);
  private final PromptCatalogue catalogue;
  private final CoordinatorPolicy coordinators;
  private ConversationEngine engine;
  private ChatUser user;
  private List<Reply> lastReplies = List.of();
  private Turn lastTurn;
  private QuestionReply onScreen;

  public ChatHarness() {
    this(Catalogues.shipped(), CoordinatorPolicy.none());
  }

  public ChatHarness(PromptCatalogue catalogue, CoordinatorPolicy coordinators) {
    this.catalogue = catalogue;
    this.coordinators = coordinators;
    restart();
  }

  /** A new engine over the same stored data, as after a redeploy. */
  public void restart() {
    engine =
        new ConversationEngine(
            storage.wrap(store.ports(new PlainPersonalDataFormat(), clock)),
            catalogue,
            coordinators,
            clock);
  }

  /** Stores the leader (and their tenant and chat identity) and chats as them from now on. */
  public Leader register(LeaderBuilder builder) {
    Leader leader = builder.build();
    store.ensureTenant(leader.tenantId(), clock.instant());
    for (ChatIdentity identity : leader.identities()) {
      store.tenants().linkWorkspace(identity.workspace(), leader.tenantId());
      store.leaders().linkIdentity(identity, leader.id());
    }
    store.leaders().save(leader);
    if (!leader.identities().isEmpty()) {
      as(leader);
    }
    return leader;
  }

  public ChatHarness as(Leader leader) {
    user = ChatUser.of(leader.identities().get(0));
    onScreen = null;
    lastReplies = List.of();
    return this;
  }

  public ChatHarness as(ChatUser chatUser) {
    user = chatUser;
    onScreen = null;
    lastReplies = List.of();
    return this;
  }

  public PoliticalBody hasBody(String name) {
    return hasBody(name, TestTenants.LILLEVIK);
  }

  public PoliticalBody hasBody(String name, TenantId tenant) {
    PoliticalBody body = new PoliticalBody(BodyId.random(), tenant, name, BodyKind.FORMANNSKAP);
    store.bodies().save(body);
    return body;
  }

  public Meeting hasMeeting(MeetingBuilder builder) {
    Meeting meeting = builder.build();
    store.meetings().save(meeting);
    return meeting;
  }

  public PoliticalCase hasCase(CaseBuilder builder) {
    PoliticalCase politicalCase = builder.build();
    store.cases().save(politicalCase);
    return politicalCase;
  }

  public Reflection hasReflection(ReflectionBuilder builder) {
    return store.reflections().save(builder.build());
  }

  public List<Reply> says(String text) {
    return receive(engine.handle(IncomingMessage.text(user, text)));
  }

  /** Types in a shared channel rather than in the personal chat. */
  public List<Reply> saysIn(ChannelAddress place, String text) {
    return receive(engine.handle(new IncomingMessage(user, text, null, place)));
  }

  /** Clicks the button with this label (an option or a control) on the question on screen. */
  public List<Reply> clicks(String label) {
    return sends(button(label).action());
  }

  /** Sends an action as a channel would, whether or not any button carries it. */
  public List<Reply> sends(Action action) {
    return receive(engine.handle(IncomingMessage.click(user, action)));
  }

  /** Submits text through the input field of the question on screen. */
  public List<Reply> submits(String text) {
    return receive(engine.handle(IncomingMessage.submit(user, onScreen().askedId(), text)));
  }

  public List<Reply> starts(StartReflection.Command command) {
    return receive(engine.start(command));
  }

  public Button button(String label) {
    QuestionReply question = onScreen();
    return Stream.concat(question.options().stream(), question.controls().stream())
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No button '" + label + "' in " + labels(question)));
  }

  /** The last question received, still on screen even if later replies had none. */
  public QuestionReply onScreen() {
    if (onScreen == null) {
      throw new AssertionError("No question has been asked");
    }
    return onScreen;
  }

  /** The question in the latest replies; fails if they held none. */
  public QuestionReply lastQuestion() {
    return lastOf(QuestionReply.class);
  }

  public SummaryReply lastSummary() {
    return lastOf(SummaryReply.class);
  }

  public ExportReply lastExport() {
    return lastOf(ExportReply.class);
  }

  /** The whole of the latest turn: replies, language and outcome. */
  public Turn lastTurn() {
    if (lastTurn == null) {
      throw new AssertionError("Nothing has been said yet");
    }
    return lastTurn;
  }

  public List<Reply> lastReplies() {
    return lastReplies;
  }

  /** The plain texts of the latest replies. */
  public List<String> lastTexts() {
    return lastReplies.stream()
        .filter(TextReply.class::isInstance)
        .map(r -> ((TextReply) r).text())
        .toList();
  }

  /** Everything a person reads in the latest replies, one reply per line. */
  public String lastText() {
    List<String> parts = new ArrayList<>();
    for (Reply reply : lastReplies) {
      parts.add(render(reply));
    }
    return String.join("\n", parts);
  }

  public static List<String> labels(List<Button> buttons) {
    return buttons.stream().map(Button::label).toList();
  }

  public Leader leader() {
    return store
        .leaders()
        .findByIdentity(user.identity())
        .flatMap(store.leaders()::findById)
        .orElseThrow(() -> new AssertionError("No leader for " + user.identity().key()));
  }

  public List<Reflection> reflections() {
    return store.reflections().findByLeader(leader().id(), Integer.MAX_VALUE);
  }

  public Reflection onlyReflection() {
    List<Reflection> mine = reflections();
    if (mine.size() != 1) {
      throw new AssertionError("Expected one reflection, found " + mine.size());
    }
    return mine.get(0);
  }

  public ConversationState conversation() {
    return store.conversations().find(leader().id()).orElseThrow();
  }

  public InMemoryPorts store() {
    return store;
  }

  /** The engine's storage, which can be made to go away; {@link #store()} always answers. */
  public FlakyStorage storage() {
    return storage;
  }

  public MutableClock clock() {
    return clock;
  }

  public PromptCatalogue catalogue() {
    return catalogue;
  }

  private List<Reply> receive(Turn turn) {
    lastTurn = turn;
    List<Reply> replies = turn.replies();
    lastReplies = List.copyOf(replies);
    for (Reply reply : replies) {
      FrameworkText.assertAbsent(render(reply));
      if (reply instanceof QuestionReply question) {
        labels(question).forEach(FrameworkText::assertAbsent);
      }
      if (reply instanceof QuestionReply question) {
        onScreen = question;
      }
    }
    return lastReplies;
  }

  private <T extends Reply> T lastOf(Class<T> type) {
    for (int i = lastReplies.size() - 1; i >= 0; i--) {
      if (type.isInstance(lastReplies.get(i))) {
        return type.cast(lastReplies.get(i));
      }
    }
    throw new AssertionError(
        "No " + type.getSimpleName() + " in the latest replies:\n" + lastText());
  }

  private static List<String> labels(QuestionReply question) {
    return Stream.concat(question.options().stream(), question.controls().stream())
        .map(Button::label)
        .toList();
  }

  private static String render(Reply reply) {
    if (reply instanceof TextReply text) {
      return text.text();
    }
    if (reply instanceof QuestionReply q) {
      return q.heading() + "\n" + q.text() + (q.hint() == null ? "" : "\n" + q.hint());
    }
    if (reply instanceof SummaryReply s) {
      StringBuilder out = new StringBuilder(s.title());
      s.lines().forEach(l -> out.append('\n').append(l.label()).append(": ").append(l.value()));
      return s.footer() == null ? out.toString() : out.append('\n').append(s.footer()).toString();
    }
    ExportReply export = (ExportReply) reply;
    return export.text();
  }
}
