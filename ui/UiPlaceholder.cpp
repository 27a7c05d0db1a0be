namespace Linnet { }
