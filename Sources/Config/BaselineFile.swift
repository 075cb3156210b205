import Model
import TOMLKit
