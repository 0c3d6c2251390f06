namespace BioBridge.Features.Partnering;

public enum RequestAnswer { Accept, Decline }
