using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Leave;

public sealed class LiteDbLeaveRequestsTests() : LeaveRequestsContract(new LiteDbBackend());
