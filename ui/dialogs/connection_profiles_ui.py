# generated — do not edit; run `python -m tools.build_forms`
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_profiles.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConnectionProfilesDialog(object):
    def setupUi(self, ConnectionProfilesDialog):
        if not ConnectionProfilesDialog.objectName():
            ConnectionProfilesDialog.setObjectName(u"ConnectionProfilesDialog")
        ConnectionProfilesDialog.resize(720, 400)
        self.mainLayout = QVBoxLayout(ConnectionProfilesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.profilesLabel = QLabel(ConnectionProfilesDialog)
        self.profilesLabel.setObjectName(u"profilesLabel")

        self.listLayout.addWidget(self.profilesLabel)

        self.profileList = QListWidget(ConnectionProfilesDialog)
        self.profileList.setObjectName(u"profileList")
        self.profileList.setMinimumSize(QSize(210, 0))
        self.profileList.setMaximumSize(QSize(260, 16777215))

        self.listLayout.addWidget(self.profileList)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.newButton = QPushButton(ConnectionProfilesDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.newButton)

        self.deleteButton = QPushButton(ConnectionProfilesDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtonsLayout)


        self.bodyLayout.addLayout(self.listLayout)

        self.detailsBox = QGroupBox(ConnectionProfilesDialog)
        self.detailsBox.setObjectName(u"detailsBox")
        self.formLayout = QFormLayout(self.detailsBox)
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(self.detailsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.modeLabel = QLabel(self.detailsBox)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(self.detailsBox)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.targetLabel = QLabel(self.detailsBox)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetEdit = QLineEdit(self.detailsBox)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetLayout.addWidget(self.targetEdit)

        self.browseButton = QPushButton(self.detailsBox)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.targetLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.hintLabel = QLabel(self.detailsBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hintLabel)

        self.userLabel = QLabel(self.detailsBox)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.detailsBox)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.roleLabel = QLabel(self.detailsBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(self.detailsBox)
        self.roleEdit.setObjectName(u"roleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.rememberCheck = QCheckBox(self.detailsBox)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.bodyLayout.addWidget(self.detailsBox)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(ConnectionProfilesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.profilesLabel.setBuddy(self.profileList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.modeLabel.setBuddy(self.modeCombo)
        self.targetLabel.setBuddy(self.targetEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.roleLabel.setBuddy(self.roleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profileList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.rememberCheck)

        self.retranslateUi(ConnectionProfilesDialog)

        QMetaObject.connectSlotsByName(ConnectionProfilesDialog)
    # setupUi

    def retranslateUi(self, ConnectionProfilesDialog):
        ConnectionProfilesDialog.setWindowTitle(QCoreApplication.translate("ConnectionProfilesDialog", u"Connections", None))
        self.profilesLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"&Saved connections:", None))
        self.newButton.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"&New", None))
        self.deleteButton.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"&Delete", None))
        self.detailsBox.setTitle(QCoreApplication.translate("ConnectionProfilesDialog", u"Connection", None))
        self.nameLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"N&ame:", None))
        self.modeLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"&Type:", None))
        self.targetLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"Data&base:", None))
        self.browseButton.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"B&rowse\u2026", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"&User:", None))
        self.roleLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"R&ole:", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("ConnectionProfilesDialog", u"optional, e.g. CRM_MANAGER", None))
        self.rememberCheck.setText(QCoreApplication.translate("ConnectionProfilesDialog", u"Re&member the password (kept in the system keyring)", None))
    # retranslateUi

