import Model
import CLibXML2
