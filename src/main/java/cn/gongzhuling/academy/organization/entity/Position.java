package cn.gongzhuling.academy.organization.entity;

/** A person's job in community work; drives which training is assigned to them. */
public enum Position {
    COMMUNITY_SECRETARY,
    GRID_WORKER,
    SOCIAL_WORKER,
    VOLUNTEER_COORDINATOR,
    TRAINER,
    TRAINING_OFFICER
}
