using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public enum AttendanceMark { CheckIn, Held, NoShow }
