# generated — do not edit; run `python -m tools.build_forms`
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_roles.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersRolesDialog(object):
    def setupUi(self, UsersRolesDialog):
        if not UsersRolesDialog.objectName():
            UsersRolesDialog.setObjectName(u"UsersRolesDialog")
        UsersRolesDialog.resize(980, 520)
        self.mainLayout = QVBoxLayout(UsersRolesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UsersRolesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.usersView = QTableView(UsersRolesDialog)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.setWordWrap(False)
        self.usersView.horizontalHeader().setStretchLastSection(True)
        self.usersView.verticalHeader().setVisible(False)

        self.bodyLayout.addWidget(self.usersView)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(UsersRolesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addButton)

        self.roleButton = QPushButton(UsersRolesDialog)
        self.roleButton.setObjectName(u"roleButton")
        self.roleButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.roleButton)

        self.passwordButton = QPushButton(UsersRolesDialog)
        self.passwordButton.setObjectName(u"passwordButton")
        self.passwordButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.passwordButton)

        self.disableButton = QPushButton(UsersRolesDialog)
        self.disableButton.setObjectName(u"disableButton")
        self.disableButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.disableButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(UsersRolesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(UsersRolesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.usersView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.roleButton)
        QWidget.setTabOrder(self.roleButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.disableButton)

        self.retranslateUi(UsersRolesDialog)
        self.buttonBox.rejected.connect(UsersRolesDialog.reject)

        QMetaObject.connectSlotsByName(UsersRolesDialog)
    # setupUi

    def retranslateUi(self, UsersRolesDialog):
        UsersRolesDialog.setWindowTitle(QCoreApplication.translate("UsersRolesDialog", u"Users and Roles", None))
        self.introLabel.setText(QCoreApplication.translate("UsersRolesDialog", u"Every user is a login on the database server with one role. A new role takes effect at the user's next login; disabling a user takes effect at once.", None))
        self.addButton.setText(QCoreApplication.translate("UsersRolesDialog", u"&Add\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersRolesDialog", u"Change &Role\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersRolesDialog", u"Reset &Password\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("UsersRolesDialog", u"&Disable", None))
    # retranslateUi

