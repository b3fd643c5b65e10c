package cn.gongzhuling.academy.security.boundary;

import java.util.Optional;

/** Where the name of the logged-in user comes from (the Jakarta Security context in production). */
public interface CallerSource {

    Optional<String> username();
}
