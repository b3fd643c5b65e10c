package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-side witness of the reminder letters that reach the mailer, i.e. after their notice committed. */
@ApplicationScoped
public class SentLetters {

    private final List<NoticeMailer.Letter> letters = new CopyOnWriteArrayList<>();

    void sent(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeMailer.Letter letter) {
        letters.add(letter);
    }

    public List<NoticeMailer.Letter> to(String address) {
        return letters.stream().filter(l -> l.to().equals(address)).toList();
    }
}
