package no.samspill.adapter.console;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The console's HTTP sessions (the sign-in, the signed-in coordinator, the CSRF token) are kept by
 * the app's session repository, in the database every instance shares, instead of in one instance's
 * memory: no session affinity is needed and a restart signs nobody out. The filter is on /console/*
 * only, so the chat, the webhooks and /api/v1 never get a session.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSessions {

  static final String COOKIE = "SAMSPILL_CONSOLE";

  @Bean
  FilterRegistrationBean<SessionRepositoryFilter<?>> consoleSessionFilter(
      SessionRepository<? extends Session> sessions) {
    FilterRegistrationBean<SessionRepositoryFilter<?>> registration =
        new FilterRegistrationBean<>(filter(sessions));
    registration.addUrlPatterns("/console/*");
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
    // Before Spring Security's chain, which keeps its context in this session.
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
    return registration;
  }

  private static <S extends Session> SessionRepositoryFilter<S> filter(
      SessionRepository<S> sessions) {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName(COOKIE);
    cookie.setCookiePath("/console");
    cookie.setUseSecureCookie(true);
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
    ids.setCookieSerializer(cookie);
    SessionRepositoryFilter<S> filter = new SessionRepositoryFilter<>(sessions);
    filter.setHttpSessionIdResolver(ids);
    return filter;
  }
}
