@_exported import Localization
