package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bell in the top bar and the notifications page (/account/notifications). */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    NotificationService notifications;

    @Inject
    FacesMessages messages;

    private Long unread;
    private List<NoticeRow> rows;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    public List<NoticeRow> getRows() {
        if (rows == null) {
            rows = notifications.mine(100);
        }
        return rows;
    }

    public String markAllRead() {
        notifications.markAllRead();
        messages.info("notice.allRead");
        return "/account/notifications?faces-redirect=true";
    }
}
