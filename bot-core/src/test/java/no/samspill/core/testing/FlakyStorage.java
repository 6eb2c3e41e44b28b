package no.samspill.core.testing;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.digest.Summariser;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.RemindLater;

/**
 * Storage ports that go away on request, as a MongoDB adapter's ports do when the database is gone:
 * all of them ({@link #goAway()}), or one operation such as {@code "Conversations.save"}.
 */
public final class FlakyStorage {

  private volatile boolean away;
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  public void goAway() {
    away = true;
  }

  public void comeBack() {
    away = false;
    failing.clear();
  }

  /** Every call of this port's method fails until {@link #comeBack()}, e.g. "Reflections.save". */
  public void fail(String portAndMethod) {
    failing.add(portAndMethod);
  }

  /** The same ports, each failing while storage is away. */
  ConversationEngine.Ports wrap(ConversationEngine.Ports ports) {
    RecordComponent[] parts = ConversationEngine.Ports.class.getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] values = new Object[parts.length];
    try {
      Nudges nudges = null;
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] = flaky(types[i], parts[i].getAccessor().invoke(ports));
        nudges = values[i] instanceof Nudges n ? n : nudges;
      }
      for (int i = 0; i < parts.length; i++) {
        if (types[i] == RemindLater.class) {
          // RemindLater keeps its own Nudges: give it the flaky one, with InMemoryPorts' policies.
          values[i] = new RemindLater(nudges, ports.schedulePolicies(), date -> false);
        }
      }
      return ConversationEngine.Ports.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object flaky(Class<?> type, Object port) {
    if (!type.isInterface() || type == Summariser.class || type == PersonalDataFormat.class) {
      return port;
    }
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          if (away || failing.contains(type.getSimpleName() + "." + method.getName())) {
            throw new StorageUnavailableException(new IOException("test: storage away"));
          }
          try {
            return method.invoke(port, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
