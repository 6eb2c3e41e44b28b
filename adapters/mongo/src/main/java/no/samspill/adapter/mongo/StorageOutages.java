package no.samspill.adapter.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import no.samspill.core.StorageUnavailableException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Wraps every storage port this module creates, so that a database that is gone, hung or failing
 * over reaches the core as one {@link StorageUnavailableException}, whatever the driver or Spring
 * called it. Every other exception passes unchanged.
 */
final class StorageOutages implements BeanPostProcessor {

  private static final String CORE = "no.samspill.core";

  private static final List<Class<? extends Throwable>> OUTAGES =
      List.of(
          DataAccessResourceFailureException.class,
          TransientDataAccessResourceException.class,
          QueryTimeoutException.class,
          MongoSocketException.class,
          MongoTimeoutException.class,
          MongoExecutionTimeoutException.class,
          MongoConnectionPoolClearedException.class,
          MongoServerUnavailableException.class,
          MongoNotPrimaryException.class,
          MongoNodeIsRecoveringException.class);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?> type = bean.getClass();
    if (!type.getPackageName().equals(StorageOutages.class.getPackageName())) {
      return bean;
    }
    Class<?>[] ports =
        Arrays.stream(type.getInterfaces())
            .filter(port -> port.getPackageName().startsWith(CORE))
            .toArray(Class<?>[]::new);
    if (ports.length == 0) {
      return bean;
    }
    return Proxy.newProxyInstance(
        type.getClassLoader(), ports, (proxy, method, args) -> call(bean, method, args));
  }

  private static Object call(Object port, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(port, args);
    } catch (InvocationTargetException e) {
      Throwable failure = e.getCause();
      throw isOutage(failure) ? new StorageUnavailableException(failure) : failure;
    }
  }

  /** Looks through the causes too: Spring wraps some driver exceptions in uncategorised ones. */
  static boolean isOutage(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      Throwable current = t;
      if (OUTAGES.stream().anyMatch(outage -> outage.isInstance(current))) {
        return true;
      }
    }
    return false;
  }
}
