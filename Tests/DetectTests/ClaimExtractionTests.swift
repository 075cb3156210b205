import Testing
@testable import Detect
import Model
