package cn.gongzhuling.academy.field.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the menu shows of field work: the task page also for community secretaries. */
@Named
@RequestScoped
public class FieldMenu {

    @Inject
    FieldTaskService tasks;

    private Boolean secretary;

    public boolean isSecretary() {
        if (secretary == null) {
            secretary = tasks.canManage();
        }
        return secretary;
    }
}
