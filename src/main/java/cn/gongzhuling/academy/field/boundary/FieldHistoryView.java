package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /field/history: the cadre's own field records, newest first, in pages of {@value #PAGE}, and their open tasks. */
@Named
@RequestScoped
public class FieldHistoryView {

    static final int PAGE = 30;

    @Inject
    FieldRecordService records;

    @Inject
    FieldTaskService tasks;

    @Inject
    FacesMessages messages;

    private int page;
    private List<FieldRecord> rows;
    private long total;
    private boolean usable = true;

    public void onLoad() {
        try {
            total = records.countMine();
            page = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE)));
            rows = records.mine(page * PAGE, PAGE);
        } catch (BusinessException e) {
            usable = false;
            rows = List.of();
            messages.error(e);
        }
    }

    public List<FieldTask> getTasks() {
        return usable ? tasks.mine() : List.of();
    }

    public List<FieldRecord> getRows() { return rows; }
    public long getTotal() { return total; }
    public boolean isUsable() { return usable; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public boolean isHasNext() { return (long) (page + 1) * PAGE < total; }
    public boolean isHasPrevious() { return page > 0; }
}
