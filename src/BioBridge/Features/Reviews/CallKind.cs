namespace BioBridge.Features.Reviews;

public enum CallKind { Award, JointRd }
